package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.source.MqttPublisher;
import io.rollsense.source.MqttSettings;
import io.rollsense.testing.Background;
import io.rollsense.testing.Mosquitto;
import io.rollsense.testing.TestDevice;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code live} against a real Mosquitto with TLS (a CA made by openssl) and a password file. */
class SecureMqttIT {
    @TempDir
    Path dir;

    @Test
    void tlsWithCaFileAndPasswordFile() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw.txt"), "s3cret-pw\n");
        StringWriter out = new StringWriter();
        StringWriter denied = new StringWriter();
        try (Mosquitto broker = Mosquitto.withTlsAndPassword(dir, "ann", "s3cret-pw")) {
            String uri = "ssl://127.0.0.1:" + broker.port();
            TestDevice d = new TestDevice("tls", 100, 0);
            MqttPublisher pub = new MqttPublisher(new MqttSettings(uri, "ann", "s3cret-pw".toCharArray(), dir.resolve("ca.pem")),
                    List.of(new MqttPublisher.Device("tls", d.helloLine(), d.skipHello())), 10, 2);
            Thread t = Background.publish(pub);
            int code = Main.run(new String[] {"live", "--mqtt", uri, "--user", "ann", "--password-file", pw.toString(),
                "--ca-file", dir.resolve("ca.pem").toString(), "--json", "--duration", "3s"},
                    new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
            assertEquals(0, code);
            Main.run(new String[] {"live", "--mqtt", uri, "--user", "ann", "--ca-file", dir.resolve("ca.pem").toString(),
                "--json", "--duration", "2s"}, new PrintWriter(denied, true), new PrintWriter(new StringWriter(), true));
            pub.stop();
            t.join(10_000);
            pub.close();
        }
        assertTrue(out.toString().contains("\"status\":\"hello\",\"device\":\"tls\""), out.toString());
        assertFalse(out.toString().contains("s3cret"), "the password never shows");
        String last = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.contains("\"type\":\"summary\"") && !last.contains("\"frames\":0,"), last);
        assertTrue(denied.toString().contains("\"status\":\"disconnected\""), "no password, no entry: " + denied);
        assertFalse(denied.toString().contains("\"status\":\"hello\""), denied.toString());
    }
}
