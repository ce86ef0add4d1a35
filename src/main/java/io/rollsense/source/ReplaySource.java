package io.rollsense.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Replays a capture file (wire-protocol lines as a device sent them). Unpaced it hands the file
 * over in 64 KiB chunks; paced ({@code speed} finite) it sends line by line, sleeping by the
 * {@code t_ms} of frame lines. One named reader thread; ends at end of file. A read error is
 * reported as a disconnect naming the file, then the source ends.
 */
public final class ReplaySource implements FrameSource {
    private final Path file;
    private final double speed;
    private ReaderThread reader;

    /** @param speed 1 = real time, larger = faster, {@code Double.POSITIVE_INFINITY} = as fast as possible */
    public ReplaySource(Path file, double speed) {
        this.file = file;
        this.speed = speed;
        new Pacer(speed);
    }

    @Override
    public String name() {
        return "file " + file;
    }

    @Override
    public void start(SourceListener listener) {
        reader = new ReaderThread("source-replay-" + file.getFileName(), () -> run(listener));
        reader.start();
    }

    private void run(SourceListener listener) {
        String channel = file.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            listener.onConnected(channel, "opened " + file);
            if (Double.isInfinite(speed)) {
                byte[] buf = new byte[1 << 16];
                int n;
                while (reader.running() && (n = in.read(buf)) > 0) {
                    listener.onData(channel, buf, 0, n, System.nanoTime());
                }
            } else {
                replayPaced(in, channel, listener);
            }
            listener.onEndOfStream(channel);
        } catch (IOException e) {
            listener.onDisconnected(channel, "cannot read " + file + ": " + e.getMessage());
        }
        listener.onEnd(name());
    }

    private void replayPaced(InputStream in, String channel, SourceListener listener) throws IOException {
        Pacer pacer = new Pacer(speed);
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int b;
        while (reader.running() && (b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                line.reset();
                long t = Pacer.frameTimeMs(bytes);
                if (t >= 0 && !pacer.awaitDeviceTime(t)) {
                    return;
                }
                listener.onData(channel, bytes, 0, bytes.length, System.nanoTime());
            }
        }
        if (line.size() > 0) {
            listener.onData(channel, line.toByteArray(), 0, line.size(), System.nanoTime());
        }
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.stop(Duration.ofSeconds(2));
        }
    }
}
