package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rollsense check} on a capture written by the C reference encoder: the Arduino example
 * sketch, built with g++ against the host stand-in and run on a simulated clock
 * ({@code make -C firmware-protocol sketch}). Its own C checker expects 3 hellos, 698 frames,
 * 2 dropped frames, 2 log lines and no bad line; the Java decoder must see the same.
 */
class CheckFirmwareCaptureIT {
    private static final Path FIRMWARE = Path.of("firmware-protocol");

    @Test
    void checkAgreesWithTheCReferenceOnTheSketchCapture(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("make.out");
        Process p = new ProcessBuilder("make", "-C", FIRMWARE.toString(), "sketch")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        String makeOut = Files.readString(log, StandardCharsets.ISO_8859_1);
        assertTrue(done && p.exitValue() == 0, () -> "make -C firmware-protocol sketch failed:\n" + makeOut);
        Path capture = FIRMWARE.resolve("build/fsr_roller_sim.out");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--json", capture.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err::toString);
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertEquals(3, j.get("hellos").asLong(), out::toString);
        assertEquals(698, j.get("frames").asLong());
        assertEquals(2, j.get("dropped_frames").asLong());
        assertEquals(2, j.get("log_lines").asLong());
        assertEquals(0, j.get("bad_lines").asLong());
        JsonNode dev = j.get("devices").get(0);
        assertEquals("fsr-roller-01", dev.get("device").asText());
        assertEquals(100.0, dev.get("declared_rate_hz").asDouble());
        assertEquals(100.0, dev.get("measured_rate_hz").asDouble(), 1.0);
    }
}
