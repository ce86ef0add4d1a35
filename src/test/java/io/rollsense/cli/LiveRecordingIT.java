package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rollsense.testing.PtyDeviceWriter;
import io.rollsense.testing.SocatPair;
import io.rollsense.testing.TestDevice;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rollsense live} over a real pty records the session; {@code sessions} lists it. */
class LiveRecordingIT {
    @TempDir
    Path dir;

    @Test
    void liveRecordsIntoTheLibrary() throws Exception {
        Path lib = dir.resolve("library");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        TestDevice device = new TestDevice("rec-roller", 100, 0);
        int code;
        try (SocatPair pty = new SocatPair(dir);
             PtyDeviceWriter w = new PtyDeviceWriter(pty.deviceEnd(), device, device.helloLine(), 2)) {
            code = Main.run(new String[] {"live", "--serial", pty.hostEnd().toString(), "--json", "--duration", "2s",
                "--data-dir", lib.toString(), "--pain-before", "5", "--notes", "after work"},
                    new PrintWriter(out, true), new PrintWriter(err, true));
        }
        assertEquals(0, code, err.toString());
        StringWriter listed = new StringWriter();
        assertEquals(0, Main.run(new String[] {"sessions", "--json", "--data-dir", lib.toString()},
                new PrintWriter(listed, true), new PrintWriter(err, true)), err.toString());
        List<String> lines = listed.toString().lines().toList();
        assertEquals(1, lines.size(), listed.toString());
        JsonNode s = new ObjectMapper().readTree(lines.get(0));
        assertEquals("rec-roller", s.get("device").asText());
        assertEquals(5, s.get("painBefore").asInt());
        assertTrue(s.get("frameLines").asLong() > 20, s.toString());
        assertFalse(s.get("recovered").asBoolean(), "closed by the live run itself");
        assertTrue(err.toString().isEmpty() || !err.toString().contains("session"), err.toString());

        StringWriter none = new StringWriter();
        try (SocatPair pty = new SocatPair(java.nio.file.Files.createDirectories(dir.resolve("b")));
             PtyDeviceWriter w = new PtyDeviceWriter(pty.deviceEnd(), device, device.helloLine(), 2)) {
            assertEquals(0, Main.run(new String[] {"live", "--serial", pty.hostEnd().toString(), "--json", "--duration",
                "1s", "--data-dir", lib.toString(), "--no-record"}, new PrintWriter(none, true), new PrintWriter(err, true)));
        }
        listed.getBuffer().setLength(0);
        Main.run(new String[] {"sessions", "--json", "--data-dir", lib.toString()}, new PrintWriter(listed, true),
                new PrintWriter(err, true));
        assertEquals(1, listed.toString().lines().count(), "--no-record records nothing");
    }

    @Test
    void demoRecordsIntoTheLibraryAndTheSessionReportsAndReanalyses() throws Exception {
        Path lib = dir.resolve("demo-library");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"demo", "--headless", "--duration", "3s", "--scenario", "spine:20",
            "--data-dir", lib.toString(), "--pain-before", "7"}, new PrintWriter(out, true), new PrintWriter(err, true)),
                err.toString());
        StringWriter listed = new StringWriter();
        assertEquals(0, Main.run(new String[] {"sessions", "--json", "--data-dir", lib.toString()},
                new PrintWriter(listed, true), new PrintWriter(err, true)));
        JsonNode s = new ObjectMapper().readTree(listed.toString().lines().findFirst().orElseThrow());
        assertEquals(7, s.get("painBefore").asInt());
        assertTrue(s.get("frameLines").asLong() >= 200, s.toString());
        String id = s.get("id").asText();
        assertEquals(0, Main.run(new String[] {"report", id, "--data-dir", lib.toString(), "--out",
            dir.resolve("report").toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)),
                err.toString());
        assertTrue(java.nio.file.Files.size(dir.resolve("report").resolve("timeline.png")) > 1000);
    }
}
