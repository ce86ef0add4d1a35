package io.rollsense.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;

/**
 * How to reach a broker. {@code ssl://} URIs use TLS (with {@code caFile} as the only trusted CA
 * when given, else the JVM's trust store). The password is never part of {@link #toString()}.
 *
 * @param uri      broker URI, {@code tcp://host:1883} or {@code ssl://host:8883}
 * @param user     user name, or {@code null}
 * @param password password (read from a file or environment variable, never the command line), or {@code null}
 * @param caFile   PEM file of the CA to trust for {@code ssl://}, or {@code null}
 */
public record MqttSettings(String uri, String user, char[] password, Path caFile) {
    public MqttSettings {
        Objects.requireNonNull(uri, "uri");
        if (!uri.startsWith("tcp://") && !uri.startsWith("ssl://")) {
            throw new IllegalArgumentException("broker URI must start with tcp:// or ssl://, was " + redact(uri));
        }
        if (USER_INFO.matcher(uri).find()) {
            throw new IllegalArgumentException("broker URI " + redact(uri) + " holds a user name or password (user:pass@),"
                    + " which would show in ps, logs and session files: give the user with --user and the password"
                    + " with --password-file FILE (or $ROLLSENSE_MQTT_PASSWORD)");
        }
        password = password == null ? null : password.clone();
    }

    /** The {@code user[:password]@} part of a {@code scheme://} URL. */
    private static final java.util.regex.Pattern USER_INFO = java.util.regex.Pattern.compile("://([^/@\\s]*)@");

    /** {@code text} with the user and password of every {@code scheme://user:password@host} replaced by {@code ***}. */
    public static String redact(String text) {
        return text == null ? null : USER_INFO.matcher(text).replaceAll("://***@");
    }

    /** Environment variable holding the broker password when no password file is given. */
    public static final String PASSWORD_ENV = "ROLLSENSE_MQTT_PASSWORD";

    /**
     * Settings with credentials: the password from the first line of {@code passwordFile}, else from
     * {@code $}{@value #PASSWORD_ENV}, else none.
     *
     * @throws IOException when the password file cannot be read (names the file)
     */
    public static MqttSettings withCredentials(String uri, String user, Path passwordFile, Path caFile) throws IOException {
        char[] password = null;
        if (passwordFile != null) {
            try {
                password = readPasswordFile(passwordFile);
            } catch (IOException e) {
                throw new IOException("cannot read password file " + passwordFile + ": " + e.getMessage(), e);
            }
        } else if (System.getenv(PASSWORD_ENV) != null) {
            password = System.getenv(PASSWORD_ENV).toCharArray();
        }
        return new MqttSettings(uri, user, password, caFile);
    }

    /** Plain connection without credentials. */
    public static MqttSettings of(String uri) {
        return new MqttSettings(uri, null, null, null);
    }

    /** Reads a password from the first line of a file (trailing newline removed). */
    public static char[] readPasswordFile(Path file) throws IOException {
        String s = Files.readString(file).lines().findFirst().orElse("");
        return s.toCharArray();
    }

    /**
     * Connect options: clean session, automatic reconnect (at most 2 s between attempts), raised
     * in-flight window, keep-alive 10 s; TLS when the URI is {@code ssl://}.
     *
     * @throws IOException when the CA file cannot be read or parsed (names the file)
     */
    public MqttConnectOptions connectOptions() throws IOException {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setAutomaticReconnect(true);
        o.setMaxReconnectDelay(2000);
        o.setMaxInflight(1000);
        o.setKeepAliveInterval(10);
        o.setConnectionTimeout(5);
        if (user != null) {
            o.setUserName(user);
        }
        if (password != null) {
            o.setPassword(password.clone());
        }
        if (uri.startsWith("ssl://") && caFile != null) {
            o.setSocketFactory(trusting(caFile).getSocketFactory());
        }
        return o;
    }

    private static SSLContext trusting(Path caFile) throws IOException {
        try (InputStream in = Files.newInputStream(caFile)) {
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                ks.setCertificateEntry("ca" + i++, c);
            }
            if (i == 0) {
                throw new IOException("no certificate in CA file " + caFile);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use CA file " + caFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MqttSettings m && uri.equals(m.uri) && Objects.equals(user, m.user)
                && Arrays.equals(password, m.password) && Objects.equals(caFile, m.caFile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uri, user, caFile);
    }

    @Override
    public String toString() {
        return "MqttSettings[uri=" + uri + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                + ", caFile=" + caFile + "]";
    }
}
