package io.rollsense.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real child processes recording sessions: killed with SIGKILL, and hitting a file size limit. */
class SessionCrashIT {
    @TempDir
    Path dir;

    private static List<String> javaChild(Path dataDir, int frames, String... more) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx128m", "-cp", cp, RecordingChild.class.getName(),
                dataDir.toString(), Integer.toString(frames)));
        cmd.addAll(List.of(more));
        return cmd;
    }

    @Test
    void sigkillLosesAtMostTheLastSecondAndRecoveryClosesIt() throws Exception {
        Process p = new ProcessBuilder(javaChild(dir, 1_000_000, "7")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long lastFed = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("FED ")) {
                    lastFed = Long.parseLong(line.substring(4));
                    if (lastFed >= 400) {
                        p.destroyForcibly(); // SIGKILL on Linux
                        break;
                    }
                }
            }
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.toList();
        }
        assertEquals(1, files.size());
        Path file = files.get(0);
        assertFalse(SessionReader.read(file, new SessionVisitor() { }).finished(),
                "no close record after kill -9");

        List<String> notices = new ArrayList<>();
        List<SessionLibrary.Entry> entries = new SessionLibrary(dir).list(notices::add);
        assertEquals(1, entries.size());
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("recovered unfinished session"), notices.get(0));
        SessionSummary s = entries.get(0).summary();
        assertTrue(s.recovered());
        assertEquals(7, s.painBefore(), "the pain rating set during the session survives kill -9");
        assertNotNull(SessionRecovery.closeSummary(file), "closed properly");

        SessionRecorderTest.Collected c = SessionRecorderTest.read(file);
        assertTrue(c.close != null);
        long lastRecorded = c.raw.size() - 1;
        for (int i = 0; i < c.raw.size(); i++) {
            assertEquals(TestSessions.frameLine(i, 8), c.raw.get(i), "line " + i + " intact");
        }
        // The child paces 100 lines per second (at least 10 ms each): losing at most 1 s = 100 lines.
        assertTrue(lastRecorded >= lastFed - 100, "recorded up to " + lastRecorded + ", fed " + lastFed);
    }

    @Test
    void writeFailureMidSessionStopsRecordingWithOneMessageAndLiveContinues() throws Exception {
        // A real write failure: the child may write at most 16 KiB (ulimit -f; the JVM ignores SIGXFSZ,
        // so write() fails with EFBIG "File too large") while it goes on feeding 600 lines.
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "ulimit -f 16; exec \"$@\"", "child"));
        cmd.addAll(javaChild(dir, 600));
        Process p = new ProcessBuilder(cmd).start();
        String err;
        String out;
        try (var o = p.getInputStream(); var e = p.getErrorStream()) {
            var errFuture = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(e.readAllBytes(), StandardCharsets.UTF_8);
                } catch (java.io.IOException ex) {
                    return ex.toString();
                }
            });
            out = new String(o.readAllBytes(), StandardCharsets.UTF_8);
            err = errFuture.get(60, TimeUnit.SECONDS);
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "child finished normally; stderr: " + err);
        assertTrue(out.contains("DONE live=600 recording=false failed=true"), "live listener got every line: " + out.lines().reduce((a, b) -> b).orElse(""));
        List<String> messages = err.lines().filter(l -> l.startsWith("rollsense:")).toList();
        assertEquals(1, messages.size(), err);
        assertTrue(messages.get(0).contains("session recording stopped: cannot write " + dir)
                && messages.get(0).contains("File too large"), messages.get(0));

        Path file;
        try (var s = Files.list(dir)) {
            file = s.findFirst().orElseThrow();
        }
        assertTrue(Files.size(file) <= 16 * 1024);
        SessionRecorderTest.Collected c = new SessionRecorderTest.Collected();
        ReadResult r = SessionReader.read(file, c);
        assertTrue(c.raw.size() > 50 && c.raw.size() < 600, "recorded a prefix: " + c.raw.size());
        for (int i = 0; i < c.raw.size(); i++) {
            assertEquals(TestSessions.frameLine(i, 8), c.raw.get(i));
        }
        assertTrue(r.skipped() <= 1, "at most a torn last line: " + r);
    }

    @Test
    void pipelineRecordingTurnsOffAndSaysFailedAfterAWriteFailure() throws Exception {
        // The same real failure (ulimit -f: write() fails with EFBIG), seen through a real Pipeline.
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder("bash", "-c", "ulimit -f 16; exec \"$@\"", "child", java, "-Xmx128m", "-cp", cp,
                PipelineRecordingChild.class.getName(), dir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("START recording=true failed=false"), out);
        assertTrue(out.contains("AFTER recording=false failed=true liveContinued=true"), out);
        assertTrue(out.contains("DONE stopped=true"), out);
        assertEquals(1, out.lines().filter(l -> l.startsWith("rollsense: session recording stopped")).count(), out);
    }
}
