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
