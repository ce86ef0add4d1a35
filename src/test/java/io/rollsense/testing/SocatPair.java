package io.rollsense.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** A real socat pseudo-terminal pair with stable link paths; can be killed and restarted. */
public final class SocatPair implements AutoCloseable {
    private final Path deviceEnd;
    private final Path hostEnd;
    private ExternalProcess socat;

    /** Starts socat linking {@code dir/device} (written by the fake device) and {@code dir/host} (read by us). */
    public SocatPair(Path dir) throws IOException, InterruptedException {
        deviceEnd = dir.resolve("device");
        hostEnd = dir.resolve("host");
        start();
    }

    public Path deviceEnd() {
        return deviceEnd;
    }

    public Path hostEnd() {
        return hostEnd;
    }

    /** (Re)starts socat on the same link paths and waits until it is transferring data. */
    public void start() throws IOException, InterruptedException {
        socat = ExternalProcess.start("socat", "-d", "-d", "pty,raw,echo=0,link=" + deviceEnd,
                "pty,raw,echo=0,link=" + hostEnd);
        socat.awaitLine(l -> l.contains("starting data transfer loop"), Duration.ofSeconds(10));
    }

    /** Kills socat: both pty ends vanish, like an unplugged USB device. */
    public void kill() throws InterruptedException {
        socat.close();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
