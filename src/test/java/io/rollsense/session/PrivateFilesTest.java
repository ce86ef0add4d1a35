package io.rollsense.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rollsense.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health data is private: library and report folders 700, session, report and CSV files 600. */
class PrivateFilesTest {
    @TempDir
    Path dir;

    static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewLibraryAndItsSessionsAreOnlyTheUsers() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path lib = dir.resolve("share").resolve("sessions");
        List<String> notices = new ArrayList<>();
        SessionRecorder rec = SessionRecorder.start(lib, SessionMetadata.of("t", "test"), notices::add);
        TestSessions.feed(rec, 200, 1_000_000);
        rec.close();
        assertEquals("rwx------", perms(lib));
        assertEquals("rwx------", perms(lib.getParent()));
        assertEquals("rw-------", perms(rec.file()), notices::toString);
        assertEquals("rwxr-xr-x", perms(dir)); // a folder that existed is left alone
    }

    @Test
    void exportAndReportFilesAreOnlyTheUsers() throws Exception {
        SampleSessions.copy(dir, "s1", 0, false);
        Path csv = dir.resolve("out.csv");
        Files.writeString(csv, "old"); // an existing file the user named is made private as it is replaced
        Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("rw-r--r--"));
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"export", "s1", "--data-dir", dir.toString(), "--csv", csv.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());
        assertEquals("rw-------", perms(csv));
        Path out = dir.resolve("reports").resolve("r1");
        assertEquals(0, Main.run(new String[] {"report", "s1", "--data-dir", dir.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());
        assertEquals("rwx------", perms(out));
        try (var files = Files.list(out)) {
            for (Path f : files.toList()) {
                assertEquals("rw-------", perms(f), f.toString());
            }
        }
    }
}
