package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rough edges a new user hit on the command line (issue 15), each as the user typed it. */
class NewcomerCliTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void durationZeroIsRefused() {
        assertEquals(Main.EXIT_USAGE, run("demo", "--headless", "--duration", "0", "--no-record"));
        assertTrue(err.toString().contains("'0' is not longer than zero"), err::toString);
        assertFalse(out.toString().contains("for 0 s"), out::toString);
    }

    @Test
    void durationWithASpaceGetsAHint() {
        assertEquals(Main.EXIT_USAGE, run("demo", "--headless", "--duration", "5", "minutes"));
        assertTrue(err.toString().contains("--duration 5m"), err::toString);
        err.getBuffer().setLength(0);
        assertEquals(Main.EXIT_USAGE, run("live", "--serial", "/dev/null", "--duration", "90", "seconds"));
        assertTrue(err.toString().contains("--duration 90s"), err::toString);
    }

    @Test
    void simulateTakesDurationAndStillTheOldSeconds() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        assertEquals(0, run("simulate", "--scenario", "steady", "--duration", "3s", "--out", a.toString()), err::toString);
        assertEquals(0, run("simulate", "--scenario", "steady", "--seconds", "3", "--out", b.toString()), err::toString);
        assertEquals(Files.readAllLines(a), Files.readAllLines(b));
        assertTrue(Files.readAllLines(a).size() > 250);
        run("simulate", "--help");
        assertTrue(out.toString().contains("--duration=D"), out::toString);
        assertFalse(out.toString().contains("--seconds"), "the old spelling is hidden");
    }

    @Test
    void exportCsvDashWritesToStandardOutput() throws Exception {
        SessionsCommandTest.sample(dir, "s1", 0, false);
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals(0, run("export", "s1", "--data-dir", dir.toString(), "--csv", "-"), err::toString);
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("time_ms,row,ch0_"), lines.get(0));
        assertTrue(lines.size() > 100, "frames on stdout");
        assertFalse(Files.exists(cwd.resolve("-")), "no file named -");
        assertTrue(err.toString().contains("rows to standard output"), err::toString);
    }

    @Test
    void aLibraryThatIsAFileIsOneLineAndExitOne() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertEquals(Main.EXIT_FAILURE, run("sessions", "--data-dir", file.toString()));
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertTrue(err.toString().contains(file + " is a file, not a directory"), err::toString);
        assertFalse(out.toString().contains("no sessions"), out::toString);
    }

    @Test
    void demoWithALibraryThatIsAFileSaysSoPlainlyAndRunsUnrecorded() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertEquals(0, run("demo", "--headless", "--duration", "1s", "--data-dir", file.toString()), err::toString);
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err::toString);
        assertTrue(lines.get(0).contains("is a file, not a directory"), lines.get(0));
        assertFalse(lines.get(0).matches(".*\\b(java|nio)\\.\\S*Exception.*"), lines.get(0));
        assertFalse(out.toString().contains("recorded. Review it"), out::toString);
    }

    @Test
    void aRecordedDemoEndsWithItsIdAndTheReviewCommand() throws Exception {
        assertEquals(0, run("demo", "--headless", "--duration", "2s", "--data-dir", dir.toString()), err::toString);
        List<String> lines = out.toString().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("Session \\d{8}-\\d{6}\\S* recorded\\. Review it: rollsense review \\S+ --data-dir .*"),
                last);
        String id = last.split(" ")[1];
        assertTrue(Files.exists(dir.resolve(id + ".rsession")), id);
        assertTrue(lines.get(lines.size() - 2).contains("stopped after 0:02"), lines.get(lines.size() - 2));
    }

    @Test
    void helpWrapsAtSpacesNeverInsideAPath() {
        for (String cmd : new String[] {"demo", "live", "sessions", "analyze", "simulate", "review"}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(cmd, "--help"));
            for (String line : out.toString().lines().toList()) {
                assertTrue(line.length() <= 80 || !line.strip().contains(" "), cmd + ": too long: " + line);
                assertFalse(line.endsWith("~/.") || line.endsWith("/"), cmd + ": broken inside a word: " + line);
            }
            assertTrue(out.toString().contains("~/.config/rollsense/config") || !cmd.equals("demo"), out::toString);
        }
    }
}
