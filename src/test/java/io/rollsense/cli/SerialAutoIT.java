package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.source.SerialPorts;
import io.rollsense.testing.HelloResponder;
import io.rollsense.testing.SocatPair;
import io.rollsense.testing.TestDevice;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code live --serial auto} picks, among real ptys, the one whose device answers with a hello. */
class SerialAutoIT {
    @TempDir
    Path dir;

    @AfterEach
    void forgetPorts() {
        System.clearProperty(SerialPorts.EXTRA_PORTS_PROPERTY);
    }

    @Test
    void autoPicksThePortThatSendsAValidHello() throws Exception {
        Path quiet = Files.createDirectories(dir.resolve("quiet"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (SocatPair silent = new SocatPair(quiet);
             SocatPair pty = new SocatPair(dir);
             HelloResponder device = new HelloResponder(pty.deviceEnd(), new TestDevice("auto-me", 50, 0).helloLine())) {
            System.setProperty(SerialPorts.EXTRA_PORTS_PROPERTY, silent.hostEnd() + ":" + pty.hostEnd());
            int code = Main.run(new String[] {"live", "--serial", "auto", "--json", "--duration", "2s", "--no-record"},
                    new PrintWriter(out, true), new PrintWriter(err, true));
            assertEquals(0, code, "stderr: " + err);
        }
        assertTrue(err.toString().contains("using " + dir.resolve("host") + " (device auto-me)"), err.toString());
        assertTrue(out.toString().contains("\"status\":\"hello\",\"device\":\"auto-me\""), out.toString());
    }

    @Test
    void autoWithNoAnsweringPortIsOneClearError() throws Exception {
        StringWriter err = new StringWriter();
        try (SocatPair silent = new SocatPair(dir)) {
            System.setProperty(SerialPorts.EXTRA_PORTS_PROPERTY, silent.hostEnd().toString());
            int code = Main.run(new String[] {"live", "--serial", "auto", "--headless", "--duration", "2s", "--no-record"},
                    new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            assertEquals(Main.EXIT_FAILURE, code);
        }
        assertTrue(err.toString().contains("no serial port sent a valid hello"), err.toString());
        assertTrue(err.toString().contains(dir.resolve("host").toString()), "names the ports it checked: " + err);
    }
}
