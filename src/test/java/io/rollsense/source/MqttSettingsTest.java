package io.rollsense.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MqttSettingsTest {
    @TempDir
    Path dir;

    @Test
    void passwordComesFromTheFirstLineOfAFileAndNeverShows() throws IOException {
        Path f = Files.writeString(dir.resolve("pw"), "s3cret!\nignored\n");
        MqttSettings s = new MqttSettings("ssl://broker:8883", "ann", MqttSettings.readPasswordFile(f), null);
        assertArrayEquals("s3cret!".toCharArray(), s.connectOptions().getPassword());
        assertFalse(s.toString().contains("s3cret"), s.toString());
        assertTrue(s.toString().contains("***"));
    }

    @Test
    void rejectsOtherSchemes() {
        assertThrows(IllegalArgumentException.class, () -> MqttSettings.of("http://broker"));
    }

    @Test
    void aCaFileWithoutCertificatesNamesTheFile() throws IOException {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "not a certificate");
        MqttSettings s = new MqttSettings("ssl://broker:8883", null, null, ca);
        IOException e = assertThrows(IOException.class, s::connectOptions);
        assertTrue(e.getMessage().contains(ca.toString()), e.getMessage());
    }

    @Test
    void sourceRejectsWildcardsInsideIds() {
        assertThrows(IllegalArgumentException.class, () -> new MqttSource(MqttSettings.of("tcp://h:1"), "a/b"));
        assertThrows(IllegalArgumentException.class, () -> new MqttSource(MqttSettings.of("tcp://h:1"), "a+"));
        new MqttSource(MqttSettings.of("tcp://h:1"), "+");
    }
}
