package io.rollsense.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A real Mosquitto broker on a free loopback port; can be stopped and restarted on the same port. */
public final class Mosquitto implements AutoCloseable {
    private final int port;
    private final Path config;
    private ExternalProcess process;

    public Mosquitto(Path dir) throws IOException, InterruptedException {
        this(dir, "allow_anonymous true\n");
    }

    /** A broker whose listener takes {@code settings} (mosquitto.conf lines: TLS files, password_file, ...). */
    public Mosquitto(Path dir, String settings) throws IOException, InterruptedException {
        port = freePortBelowEphemeralRange();
        config = dir.resolve("mosquitto.conf");
        Files.writeString(config, "listener " + port + " 127.0.0.1\n" + settings + "max_queued_messages 100000\n");
        start();
    }

    /**
     * A free loopback port below Linux's ephemeral range (32768+). A port inside that range can be
     * handed to a client's own reconnect attempt as its source port while the broker is down, and
     * TCP then connects the client to itself (a "self-connect") and it hangs waiting for CONNACK.
     */
    private static int freePortBelowEphemeralRange() throws IOException {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 20_000 + random.nextInt(12_000);
            try (ServerSocket s = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            } catch (IOException inUse) {
                // try another
            }
        }
        throw new IOException("no free loopback port in 20000..31999");
    }

    /**
     * A TLS broker on {@code 127.0.0.1} with a CA made by openssl ({@code dir/ca.pem}) and one user
     * {@code user} with {@code password}; anonymous clients are refused.
     */
    public static Mosquitto withTlsAndPassword(Path dir, String user, String password)
            throws IOException, InterruptedException {
        run(dir, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
                "-days", "2", "-subj", "/CN=rollsense-test-ca");
        run(dir, "openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
                "-subj", "/CN=127.0.0.1");
        Files.writeString(dir.resolve("san.ext"), "subjectAltName=IP:127.0.0.1\n");
        run(dir, "openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", "server.pem", "-days", "2", "-extfile", "san.ext");
        return new Mosquitto(dir, passwordSettings(dir, user, password) + "cafile " + dir.resolve("ca.pem")
                + "\ncertfile " + dir.resolve("server.pem") + "\nkeyfile " + dir.resolve("server.key") + "\n");
    }

    /** A plain (tcp) broker that takes only {@code user} with {@code password}. */
    public static Mosquitto withPassword(Path dir, String user, String password) throws IOException, InterruptedException {
        return new Mosquitto(dir, passwordSettings(dir, user, password));
    }

    private static String passwordSettings(Path dir, String user, String password) throws IOException, InterruptedException {
        run(dir, "mosquitto_passwd", "-b", "-c", "passwd", user, password);
        // mosquitto started as root reads these after dropping to its own user
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
        return "allow_anonymous false\npassword_file " + dir.resolve("passwd") + "\n";
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Starts the broker and waits until it is running. */
    public void start() throws IOException, InterruptedException {
        process = ExternalProcess.start("mosquitto", "-c", config.toString());
        process.awaitLine(l -> l.contains(" running"), Duration.ofSeconds(10));
    }

    /** Stops the broker (retained messages are lost, as with a broker without persistence). */
    public void stop() throws InterruptedException {
        process.close();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
