package io.rollsense.testing;

import io.rollsense.source.LineGenerator;
import io.rollsense.source.Pacer;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A fake device on the device end of a pty pair: writes a generator's lines paced in real time.
 * When the pty vanishes (socat killed) the write fails; the writer then waits until
 * {@link #replugged()} is called, reopens the same path and resends its hello (a device reboot),
 * then carries on with the next frames.
 */
public final class PtyDeviceWriter implements AutoCloseable {
    private final Path path;
    private final LineGenerator lines;
    private final String helloLine;
    private final double speed;
    private final Semaphore replug = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long written;
    private volatile int failures;

    public PtyDeviceWriter(Path path, LineGenerator lines, String helloLine, double speed) {
        this.path = path;
        this.lines = lines;
        this.helloLine = helloLine;
        this.speed = speed;
        thread = new Thread(this::run, "test-device-writer");
        thread.setDaemon(true);
        thread.start();
    }

    public long written() {
        return written;
    }

    public int failures() {
        return failures;
    }

    /** The pty is back: reopen it. */
    public void replugged() {
        replug.release();
    }

    private void run() {
        Pacer pacer = new Pacer(speed);
        OutputStream out = null;
        while (running) {
            try {
                if (out == null) {
                    out = new FileOutputStream(path.toFile());
                    if (written > 0) {
                        out.write((helloLine + "\n").getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
                String line = lines.nextLine();
                if (line.startsWith("$") && !pacer.awaitDeviceTime(lines.lastDeviceTimeMs())) {
                    return;
                }
                out.write((line + "\n").getBytes(StandardCharsets.ISO_8859_1));
                written++;
            } catch (IOException e) {
                failures++;
                try {
                    if (out != null) {
                        out.close();
                    }
                } catch (IOException ignored) {
                    // already gone
                }
                out = null;
                try {
                    if (!replug.tryAcquire(30, TimeUnit.SECONDS)) {
                        return;
                    }
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(2000);
    }
}
