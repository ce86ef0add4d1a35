package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.testing.Mosquitto;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broker failures named as such and ending with exit 1, against a real Mosquitto. */
class MqttFailuresIT {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int live(String uri, String... more) {
        String[] base = {"live", "--mqtt", uri, "--device", "+", "--json", "--no-record"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aWrongPasswordIsNotAuthorizedAndEndsWithExit1() throws Exception {
        Path pw = Files.writeString(dir.resolve("wrong.txt"), "not-the-password\n");
        try (Mosquitto broker = Mosquitto.withPassword(dir, "ann", "s3cret-pw")) {
            long t0 = System.nanoTime();
            int code = live(broker.uri(), "--user", "ann", "--password-file", pw.toString(), "--duration", "60s");
            assertEquals(Main.EXIT_FAILURE, code, out + "\n" + err);
            assertTrue((System.nanoTime() - t0) / 1e9 < 30, "gives up, does not wait for the duration");
        }
        assertTrue(err.toString().contains("not authorized"), err.toString());
        assertTrue(out.toString().contains("not authorized"), "the status says so too: " + out);
    }

    @Test
    void anUntrustedCertificateIsNamed() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw.txt"), "s3cret-pw\n");
        try (Mosquitto broker = Mosquitto.withTlsAndPassword(dir, "ann", "s3cret-pw")) {
            int code = live("ssl://127.0.0.1:" + broker.port(), "--user", "ann", "--password-file", pw.toString(),
                    "--duration", "60s"); // no --ca-file: the JVM's trust store does not know the test CA
            assertEquals(Main.EXIT_FAILURE, code, out + "\n" + err);
        }
        assertTrue(err.toString().contains("certificate not trusted"), err.toString());
    }

    @Test
    void anUnreachableBrokerForTheWholeDurationIsExit1() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        int code = live("tcp://127.0.0.1:" + port, "--duration", "2s");
        assertEquals(Main.EXIT_FAILURE, code, out + "\n" + err);
        assertTrue(err.toString().contains("broker unreachable"), err.toString());
    }
}
