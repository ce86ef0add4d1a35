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
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        config = dir.resolve("mosquitto.conf");
        Files.writeString(config, "listener " + port + " 127.0.0.1\nallow_anonymous true\nmax_queued_messages 100000\n");
        start();
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
