package io.rollsense.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionLibraryTest {
    @TempDir
    Path home;

    @Test
    void defaultDirFollowsEnvThenConfigThenXdg() throws Exception {
        assertEquals(home.resolve(".local/share/rollsense/sessions"), SessionLibrary.defaultDir(Map.of(), home));
        assertEquals(Path.of("/x/rollsense/sessions"), SessionLibrary.defaultDir(Map.of("XDG_DATA_HOME", "/x"), home));
        Files.createDirectories(home.resolve(".config/rollsense"));
        Files.writeString(home.resolve(".config/rollsense/config"), "# mine\nspine-kpa=30\ndata-dir = /lib/sessions\n");
        assertEquals(Path.of("/lib/sessions"), SessionLibrary.defaultDir(Map.of("XDG_DATA_HOME", "/x"), home));
        assertEquals(Path.of("/env"), SessionLibrary.defaultDir(Map.of("ROLLSENSE_DATA_DIR", "/env"), home));
    }

    @Test
    void resolvesIdsPrefixesAndPaths() throws Exception {
        Path a = SampleSessions.copy(home, "20261124-100000", 0, false);
        SampleSessions.copy(home, "20261124-100500", 1, false);
        SessionLibrary lib = new SessionLibrary(home);
        assertEquals(a, lib.resolve("20261124-100000"));
        assertEquals(a, lib.resolve("20261124-1000"));
        assertEquals(a, lib.resolve(a.toString()));
        IOException e = assertThrows(IOException.class, () -> lib.resolve("20261124-10"));
        assertTrue(e.getMessage().contains("matches 2 sessions"), e.getMessage());
    }
}
