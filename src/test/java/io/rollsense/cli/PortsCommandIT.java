package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.testing.HelloResponder;
import io.rollsense.testing.SocatPair;
import io.rollsense.testing.TestDevice;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rollsense ports --probe} against a real pty whose fake device answers {@code #HELLO?}. */
class PortsCommandIT {
    @TempDir
    Path dir;

    @Test
    void probeShowsTheDeviceIdOfAPortThatSendsAHello() throws Exception {
        StringWriter out = new StringWriter();
        Path quiet = Files.createDirectories(dir.resolve("quiet"));
        try (SocatPair pty = new SocatPair(dir);
             SocatPair silent = new SocatPair(quiet);
             HelloResponder device = new HelloResponder(pty.deviceEnd(), new TestDevice("probe-me", 50, 0).helloLine())) {
            int code = Main.run(new String[] {"ports", "--probe", pty.hostEnd().toString(), silent.hostEnd().toString()},
                    new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
            assertEquals(0, code);
            assertTrue(device.answered() >= 1, "the probe asked with #HELLO?");
        }
        String text = out.toString();
        String ptyLine = text.lines().filter(l -> l.startsWith(dir.resolve("host").toString() + " ")).findFirst().orElseThrow();
        assertTrue(ptyLine.contains("device=probe-me (roller, 8 channels at 50 Hz, kPa)"), text);
        String silentLine = text.lines().filter(l -> l.startsWith(quiet.resolve("host").toString())).findFirst().orElseThrow();
        assertTrue(silentLine.contains("no valid hello"), text);
    }
}
