package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.FrameEncoder;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.PressureUnit;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /**
     * A 100 Hz roller declared as 100 Hz but really sending every 20 ms (50 Hz), with frames
     * 5..6 lost, a log line, a corrupted frame, noise and a frame with a wrong channel count.
     */
    static String capture() {
        Hello hello = new Hello("roller-01", DeviceKind.ROLLER, 100, PressureUnit.KPA, -10, 0, 10);
        StringBuilder sb = new StringBuilder("#boot ok\n").append(HelloCodec.encode(hello)).append("\r\n");
        for (int seq = 0; seq < 200; seq++) {
            if (seq == 5 || seq == 6) {
                continue;
            }
            FrameEncoder.appendFrame(sb, seq, seq * 20L, new double[] {1, 2.5, seq}, 2);
            sb.append("\r\n");
        }
        sb.append("$1,2,3,4,5*0000\n").append("noise\n").append(FrameEncoder.frame(200, 2500, new double[] {1}, 2)).append('\n');
        return sb.toString();
    }

    @Test
    void textReportNamesDeviceRatesAndProblems() throws Exception {
        Path f = dir.resolve("cap.txt");
        Files.writeString(f, capture());
        assertEquals(0, run("check", f.toString()), err::toString);
        String text = out.toString();
        assertTrue(text.contains("roller-01: kind=roller unit=kPa channels=3 (first hello on line 2)"), text);
        assertTrue(text.contains("frames: 198  dropped: 2  rate: declared 100 Hz, measured 50.00 Hz (-50.0 %)  <-- differs"), text);
        assertTrue(text.contains("checksum       1"), text);
        assertTrue(text.contains("line 201: CRC 0000"), text);
        assertTrue(text.contains("line 202: line starts with neither"), text);
        assertTrue(text.contains("line 1: #boot ok"), text);
        assertTrue(text.contains("result: 3 bad lines, 2 dropped frames, roller-01 rate differs from declared"), text);
    }

    @Test
    void jsonReportHasTheCountsAndExamples() throws Exception {
        Path f = dir.resolve("cap.txt");
        Files.writeString(f, capture());
        assertEquals(0, run("check", "--json", f.toString()), err::toString);
        assertEquals(1, out.toString().strip().lines().count(), "one JSON object on one line");
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertEquals(198, j.get("frames").asLong());
        assertEquals(3, j.get("bad_lines").asLong());
        assertEquals(1, j.get("bad_by_category").get("checksum").asLong());
        assertEquals(1, j.get("bad_by_category").get("unknown").asLong());
        assertEquals(1, j.get("bad_by_category").get("channel_count").asLong());
        assertEquals(0, j.get("bad_by_category").get("too_long").asLong());
        assertEquals(2, j.get("dropped_frames").asLong());
        assertEquals(1, j.get("log_lines").asLong());
        assertEquals(203, j.get("examples").get("channel_count").get(0).get("line").asLong());
        JsonNode dev = j.get("devices").get(0);
        assertEquals("roller-01", dev.get("device").asText());
        assertEquals(100.0, dev.get("declared_rate_hz").asDouble());
        assertEquals(50.0, dev.get("measured_rate_hz").asDouble(), 1e-9);
    }

    @Test
    void cleanCaptureFromStandardInputIsOk() {
        Hello hello = new Hello("pad-1", DeviceKind.PAD, 50, PressureUnit.RAW, 0);
        StringBuilder sb = new StringBuilder(HelloCodec.encode(hello)).append('\n');
        for (long seq = 4294967290L; seq < 4294967300L; seq++) {
            FrameEncoder.appendFrame(sb, seq, seq * 20, new double[] {seq % 1024}, 0);
            sb.append('\n');
        }
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.US_ASCII)));
            assertEquals(0, run("check", "-"), err::toString);
        } finally {
            System.setIn(saved);
        }
        String text = out.toString();
        assertTrue(text.contains("capture: standard input"), text);
        assertTrue(text.contains("frames: 10  dropped: 0  rate: declared 50 Hz, measured 50.00 Hz (+0.0 %)"), text);
        assertTrue(text.contains("result: OK"), text);
    }

    @Test
    void garbageIsReportedNotFatal() throws Exception {
        Path f = dir.resolve("noise.bin");
        byte[] junk = new byte[5000];
        new java.util.Random(1).nextBytes(junk);
        Files.write(f, junk);
        assertEquals(0, run("check", "--json", f.toString()), err::toString);
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertEquals(j.get("lines").asLong(), j.get("bad_lines").asLong() + j.get("log_lines").asLong());
        assertEquals(0, j.get("devices").size());
        assertEquals("no valid hello", j.get("problems").get(0).asText());
    }

    @Test
    void missingFileIsOneLineNamingIt() {
        String missing = dir.resolve("nope.txt").toString();
        assertEquals(Main.EXIT_FAILURE, run("check", missing));
        assertEquals(1, err.toString().strip().lines().count(), err::toString);
        assertTrue(err.toString().contains("capture file not found: " + missing), err::toString);
    }

    @Test
    void missingArgumentIsUsageError() {
        assertEquals(Main.EXIT_USAGE, run("check"));
    }
}
