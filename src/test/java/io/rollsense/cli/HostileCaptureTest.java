package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.protocol.FrameEncoder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile captures from the fault-injection run (issue 14), through the real commands. */
class HostileCaptureTest {
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    static String frame(long seq, long tMs, double... v) {
        StringBuilder sb = new StringBuilder();
        FrameEncoder.appendFrame(sb, seq, tMs, v, 2);
        return sb.append('\n').toString();
    }

    Path capture(String hello, String frames) throws Exception {
        Path f = dir.resolve("cap-" + System.nanoTime() + ".txt");
        Files.writeString(f, hello + "\n" + frames, StandardCharsets.US_ASCII);
        return f;
    }

    @Test
    void aHugeDeclaredRateIsARangeBadLineNotAnOutOfMemory() throws Exception {
        Path f = capture("#HELLO v=1 device=r1 kind=roller rate=1000000000 unit=kPa pos=-10,10",
                frame(0, 0, 1, 1) + frame(1, 1, 1, 1));
        assertEquals(1, run("analyze", f.toString(), "--json"), err.toString()); // nothing could be analysed
        assertTrue(out.toString().contains("\"range\":1"), out.toString());
        assertTrue(err.toString().contains("no valid hello or frame"), err.toString());
        assertEquals(0, run("check", f.toString()));
        assertTrue(out.toString().contains("rate=1000000000 must be 1..2000 Hz"), out.toString());
    }

    @Test
    void aForwardTimeJumpGivesAGapNotMillionsOfCadenceLines() throws Exception {
        Path f = capture("#HELLO v=1 device=r1 kind=roller rate=100 unit=kPa pos=-10,10",
                frame(0, 0, 1, 1) + frame(1, 2_147_483_000L, 1, 1) + frame(2, 2_147_483_010L, 1, 1));
        assertEquals(0, run("analyze", f.toString(), "--json"), err.toString());
        assertTrue(out.toString().split("\n").length < 10, "lines: " + out.toString().split("\n").length);
        assertTrue(out.toString().contains("\"duration_ms\":20"), out.toString());
        assertTrue(err.toString().contains("jumped ahead"), err.toString());
    }

    @Test
    void newtonsWithoutAreaFollowOneRuleInCheckAndAnalyze() throws Exception {
        Path f = capture("#HELLO v=1 device=n1 kind=pad rate=50 unit=N pos=-10,10",
                frame(0, 0, 1, 1) + frame(1, 20, 1, 1));
        assertEquals(0, run("check", f.toString()));
        assertFalse(out.toString().contains("result: OK"), out.toString());
        assertTrue(out.toString().contains("without a taxel area"), out.toString());
        assertEquals(1, run("analyze", f.toString()));
        assertTrue(out.toString().contains("duration"), "the summary is still printed: " + out);
        assertTrue(err.toString().contains("without a taxel area"), err.toString());
    }

    @Test
    void aSessionWithAZeroedHeaderIsNotAnalysedAsACapture() throws Exception {
        Path f = io.rollsense.session.SampleSessions.copy(dir, "s1", 0, false);
        byte[] b = Files.readAllBytes(f);
        java.util.Arrays.fill(b, 0, b.length / 10, (byte) 0);
        Files.write(f, b);
        assertEquals(1, run("analyze", f.toString()));
        assertTrue(err.toString().contains("header is missing or damaged"), err.toString());
        Path renamed = dir.resolve("copy.txt"); // the header cut off, under another name
        String text = Files.readString(io.rollsense.session.SampleSessions.copy(dir, "s2", 0, false));
        Files.writeString(renamed, text.substring(text.indexOf('\n') + 1));
        assertEquals(1, run("analyze", renamed.toString()));
        assertTrue(err.toString().contains("header is missing or damaged"), err.toString());
    }

    @Test
    void emptyAndRandomFilesAreNotCaptures() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertEquals(1, run("analyze", empty.toString()));
        assertTrue(err.toString().contains("is empty"), err.toString());
        Path random = dir.resolve("random.bin");
        byte[] noise = new byte[20_000];
        new java.util.Random(14).nextBytes(noise);
        noise[0] = 'x';
        Files.write(random, noise);
        assertEquals(1, run("analyze", random.toString()));
        assertTrue(err.toString().contains("no valid hello or frame"), err.toString());
    }

    @Test
    void recoveryNeverInventsDuration() throws Exception {
        Path f = io.rollsense.session.SampleSessions.copy(dir, "s1", 0, true); // unfinished: no close record
        String text = Files.readString(f);
        int at = text.indexOf("\nL 3");            // a raw line about 3 s in: its offset damaged to 9xxx s
        text = text.substring(0, at + 3) + "999" + text.substring(at + 3);
        Files.writeString(f, text);
        assertEquals(0, run("sessions", "--data-dir", dir.toString()), err.toString());
        String closed = Files.readString(f);
        String z = closed.substring(closed.lastIndexOf("\nZ ") + 1);
        long duration = Long.parseLong(z.replaceAll("(?s).*\"durationMs\":(\\d+).*", "$1"));
        assertTrue(duration <= 7200, "recovered duration " + duration + " ms for a 7.2 s session");
    }

    @Test
    void aSessionOfTenThousandDevicesIsSummarisedInOneShortLine() throws Exception {
        var rec = io.rollsense.session.SessionRecorder.start(dir.resolve("lib"),
                io.rollsense.session.SessionMetadata.of("t", "test"), msg -> { });
        long t0 = System.currentTimeMillis();
        for (int d = 1; d <= 10_000; d++) {
            var h = new io.rollsense.protocol.Hello("d" + d, io.rollsense.protocol.DeviceKind.ROLLER, 50,
                    io.rollsense.protocol.PressureUnit.KPA, -10, 10);
            rec.onRawLine(h.deviceId(), io.rollsense.protocol.HelloCodec.encode(h), t0);
            rec.onHello(h, t0);
            rec.onRawLine(h.deviceId(), frame(0, 0, 1, 1).strip(), t0);
        }
        rec.onStop();
        assertEquals(0, run("analyze", rec.file().toString()), err.toString());
        String notice = err.toString().lines().filter(l -> l.contains("holds")).findFirst().orElseThrow();
        assertTrue(notice.length() < 300, notice);
        assertTrue(notice.contains("10,000 devices (d1, d2, d3, d4, d5 and 9,995 more)"), notice);
    }
}
