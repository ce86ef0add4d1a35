package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.session.SampleSessions;
import io.rollsense.session.SessionMetadata;
import io.rollsense.session.SessionRecorder;
import io.rollsense.testing.SmallTmpfs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sessions} on a real full disk (a small tmpfs): the session is listed, the problem said, exit 1. */
class FullDiskLibraryTest {
    @TempDir
    Path dir;
    SmallTmpfs disk;
    Path lib;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void mount() throws Exception {
        disk = new SmallTmpfs(dir, 512);
        lib = Files.createDirectories(disk.root().resolve("sessions"));
    }

    @AfterEach
    void unmount() throws Exception {
        disk.close();
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void anUnfinishedSessionOnAFullDiskIsListedNotHidden() throws Exception {
        pageAligned(SampleSessions.copy(lib, "20261124-223948", 0, true));
        disk.fill();
        int code = run("sessions", "--data-dir", lib.toString());
        assertEquals(Main.EXIT_FAILURE, code, out + "\n" + err);
        assertTrue(out.toString().contains("20261124-223948"), out.toString());
        assertTrue(err.toString().contains("No space left on device"), err.toString());
        assertTrue(err.toString().contains("disk full"), err.toString());
        disk.free();
        assertEquals(0, run("sessions", "--data-dir", lib.toString()), err.toString());
        assertTrue(err.toString().contains("recovered unfinished session"), err.toString());
    }

    /**
     * Pads the unfinished session with a device log line so that it ends 50 bytes before a page
     * boundary, its torn last line in that page: the close record then needs a new page of the full disk.
     */
    static void pageAligned(Path session) throws Exception {
        String text = Files.readString(session);
        int torn = text.lastIndexOf('\n') + 1;
        String head = text.substring(0, torn);
        String log = "L 7169 roller-01 #";
        int pad = 4096 - 50 - (head.length() + log.length() + 1) % 4096; // the torn line fits in the last 50 bytes
        pad = pad < 0 ? pad + 4096 : pad;
        Files.writeString(session, head + log + "x".repeat(pad) + "\n" + text.substring(torn));
    }

    @Test
    void aDiskFullFromTheStartLeavesNoEmptySessionFile() throws Exception {
        disk.fill();
        List<String> notices = new ArrayList<>();
        SessionRecorder rec = SessionRecorder.start(lib, SessionMetadata.of("t", "test"), notices::add);
        rec.close();
        assertFalse(rec.recording());
        try (var files = Files.list(lib)) {
            assertEquals(List.of(), files.toList(), notices::toString);
        }
        Files.createFile(lib.resolve("20261124-223948.rsession")); // a 0-byte leftover of an older version
        disk.free();
        assertEquals(0, run("sessions", "--data-dir", lib.toString()), err.toString());
        assertTrue(err.toString().contains("removed empty leftover"), err.toString());
        assertEquals(0, run("sessions", "--data-dir", lib.toString()), err.toString());
        assertEquals("", err.toString(), "warned once, then gone");
    }

    @Test
    void aLibraryThatIsNotADirectoryIsAnError() throws Exception {
        Path notDir = Files.writeString(dir.resolve("plain"), "x");
        assertEquals(Main.EXIT_FAILURE, run("sessions", "--data-dir", notDir.toString()));
        assertTrue(err.toString().contains("not a directory"), err.toString());
    }
}
