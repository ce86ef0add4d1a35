package io.rollsense.pipeline;

import io.rollsense.session.SessionReader;
import io.rollsense.session.SessionVisitor;
import io.rollsense.source.FrameSource;
import io.rollsense.source.Pacer;
import io.rollsense.source.SourceListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A recorded session as a source: its raw lines as the live run received them, on one channel,
 * paced by the one {@link Pacer} from {@code fromMs} (ms since the first frame; earlier lines are
 * handed over at once, so the analyzer state is the live run's). For a session of several devices
 * ({@code live --device +}) only the lines of the device played, and those recorded under a
 * connection name before a hello, are handed over, as the live run decoded each device apart.
 *
 * <p>Threads: one reader thread {@code source-session-FILE}; {@link #pacer()} may be driven from
 * any thread. Errors: a read error is reported as a disconnect naming the file, then the source
 * ends; {@link #close} interrupts the reader and waits at most 2 s.
 */
final class SessionSource implements FrameSource {
    private final Path file;
    private final long fromMs;
    private final String deviceId;
    private final Set<String> devices;
    private final Pacer pacer;
    private volatile Thread reader;
    private volatile boolean closed;
    private volatile long positionMs;

    /**
     * @param deviceId the device to play, or {@code null} for every line (one-device sessions)
     * @param devices  every device id of the session
     */
    SessionSource(Path file, long fromMs, double speed, String deviceId, List<String> devices) {
        this.file = file;
        this.fromMs = fromMs;
        this.deviceId = devices.size() > 1 ? deviceId : null;
        this.devices = Set.copyOf(devices);
        this.pacer = new Pacer(speed);
        this.positionMs = fromMs;
    }

    /** The pacer: speed and pause of the playback. */
    Pacer pacer() {
        return pacer;
    }

    /** Device time of the latest frame handed over, ms since the first frame (at least the start). */
    long positionMs() {
        return positionMs;
    }

    @Override
    public String name() {
        return "session " + file;
    }

    @Override
    public void start(SourceListener listener) {
        Thread t = new Thread(() -> run(listener), "source-session-" + file.getFileName());
        t.setDaemon(true);
        reader = t;
        t.start();
    }

    private void run(SourceListener listener) {
        String channel = file.toString();
        long[] firstFrameMs = {Long.MIN_VALUE};
        try {
            listener.onConnected(channel, "playing " + file);
            SessionReader.read(file, new SessionVisitor() {
                @Override
                public void rawLine(long hostOffsetMs, String lineDevice, String line) {
                    if (closed) {
                        throw new Stopped();
                    }
                    if (!plays(lineDevice)) {
                        return;
                    }
                    byte[] b = (line + "\n").getBytes(StandardCharsets.ISO_8859_1);
                    long t = Pacer.frameTimeMs(b);
                    if (t >= 0) {
                        if (firstFrameMs[0] == Long.MIN_VALUE) {
                            firstFrameMs[0] = t;
                        }
                        long since = t - firstFrameMs[0];
                        if (since >= fromMs && !pacer.awaitDeviceTime(since)) {
                            throw new Stopped();
                        }
                        positionMs = Math.max(positionMs, since);
                    }
                    listener.onData(channel, b, 0, b.length, System.nanoTime());
                }
            });
            listener.onEndOfStream(channel);
        } catch (Stopped stopped) {
            listener.onEndOfStream(channel);
        } catch (IOException e) {
            listener.onDisconnected(channel, "cannot read " + file + ": " + e.getMessage());
        }
        listener.onEnd(name());
    }

    private boolean plays(String lineDevice) {
        return deviceId == null || lineDevice == null || lineDevice.equals(deviceId) || !devices.contains(lineDevice);
    }

    @Override
    public void close() {
        closed = true;
        Thread t = reader;
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Ends the reading early (closed or interrupted). */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
