package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void helpListsCommands() {
        assertEquals(0, run("--help"));
        for (String c : new String[] {"check", "simulate", "demo", "analyze"}) {
            assertTrue(out.toString().contains(c), "help lists " + c);
        }
    }

    @Test
    void versionPrintsVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("rollsense "), out.toString());
    }

    @Test
    void unknownCommandIsUsageError() {
        assertEquals(Main.EXIT_USAGE, run("frobnicate"));
        assertTrue(err.toString().contains("frobnicate"), err.toString());
        assertEquals(2, err.toString().strip().lines().count(), "short usage error: " + err);
    }

    @Test
    void unknownOptionIsUsageError() {
        assertEquals(Main.EXIT_USAGE, run("--no-such-option"));
        assertTrue(err.toString().contains("--no-such-option"), err.toString());
    }
}
