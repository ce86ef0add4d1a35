package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords are refused where they would leak, and never echoed. */
class SecretsTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void passwordOnTheCommandLineIsRefusedWithoutEchoingIt() {
        assertEquals(Main.EXIT_USAGE, run("live", "--mqtt", "tcp://127.0.0.1:1", "--user", "u", "--password", "S3cr3t",
                "--headless", "--no-record"));
        assertFalse(err.toString().contains("S3cr3t"), err.toString());
        assertTrue(err.toString().contains("--password-file"), err.toString());
        assertFalse(out.toString().contains("S3cr3t"), out.toString());
    }

    @Test
    void passwordEqualsFormIsRefusedToo() {
        assertEquals(Main.EXIT_USAGE, run("simulate", "--mqtt", "tcp://127.0.0.1:1", "--password=S3cr3t"));
        assertFalse(err.toString().contains("S3cr3t"), err.toString());
    }

    @Test
    void credentialsInTheBrokerUrlAreRefusedAndNotEchoed() throws Exception {
        int code = run("live", "--mqtt", "tcp://user:S3cr3t@127.0.0.1:1", "--device", "d1", "--json",
                "--duration", "1s", "--data-dir", dir.toString());
        assertEquals(Main.EXIT_FAILURE, code);
        assertFalse(err.toString().contains("S3cr3t"), err.toString());
        assertFalse(out.toString().contains("S3cr3t"), out.toString());
        assertTrue(err.toString().contains("--password-file"), err.toString());
        try (var files = Files.walk(dir)) {
            assertEquals(1, files.count(), "no session is started"); // only the directory itself
        }
    }
}
