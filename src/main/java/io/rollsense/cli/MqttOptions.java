package io.rollsense.cli;

import io.rollsense.source.MqttSettings;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Broker credentials and TLS, shared by {@code live}, {@code calibrate} and {@code simulate}. The
 * password is read from a file or the {@code ROLLSENSE_MQTT_PASSWORD} environment variable, never
 * from the command line, so it does not show in {@code ps} or shell history.
 */
final class MqttOptions {
    /** Environment variable holding the broker password when no file is given. */
    static final String PASSWORD_ENV = MqttSettings.PASSWORD_ENV;

    @Option(names = "--user", paramLabel = "U", description = "Broker user name.")
    String user;

    @Option(names = "--password-file", paramLabel = "F",
            description = "File whose first line is the broker password (else $" + PASSWORD_ENV + ").")
    Path passwordFile;

    @Option(names = "--ca-file", paramLabel = "F", description = "PEM CA certificate to trust for ssl:// brokers.")
    Path caFile;

    /** Settings for a broker URI; reads the password file (error names the file). */
    MqttSettings settings(String uri) throws IOException {
        return MqttSettings.withCredentials(uri, user, passwordFile, caFile);
    }
}
