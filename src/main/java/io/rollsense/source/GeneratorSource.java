package io.rollsense.source;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A source that reads lines from a {@link LineGenerator} (the simulator) and paces them in real
 * time by device time, sleeping between frames; optionally faster by a factor, or unpaced.
 * One named reader thread ({@code source-<channel>}); the source ends when the generator does.
 */
public final class GeneratorSource implements FrameSource {
    private final String channel;
    private final LineGenerator generator;
    private final double speed;
    private final long maxLines;
    private ReaderThread reader;

    /**
     * @param channel   channel name reported with the bytes (e.g. {@code sim})
     * @param speed     1 = real time, larger = faster, {@code Double.POSITIVE_INFINITY} = unpaced
     * @param maxLines  stop after this many lines ({@code Long.MAX_VALUE} = until the generator ends)
     */
    public GeneratorSource(String channel, LineGenerator generator, double speed, long maxLines) {
        this.channel = channel;
        this.generator = generator;
        this.speed = speed;
        this.maxLines = maxLines;
        new Pacer(speed); // validates speed
    }

    @Override
    public String name() {
        return "simulator " + channel;
    }

    @Override
    public void start(SourceListener listener) {
        reader = new ReaderThread("source-" + channel, () -> run(listener));
        reader.start();
    }

    private void run(SourceListener listener) {
        Pacer pacer = new Pacer(speed);
        listener.onConnected(channel, name() + " started");
        long n = 0;
        while (reader.running() && n++ < maxLines) {
            String line = generator.nextLine();
            if (line == null) {
                break;
            }
            if (line.startsWith("$") && !pacer.awaitDeviceTime(generator.lastDeviceTimeMs())) {
                break;
            }
            byte[] bytes = (line + "\n").getBytes(StandardCharsets.ISO_8859_1);
            listener.onData(channel, bytes, 0, bytes.length, System.nanoTime());
        }
        listener.onEnd(name());
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.stop(Duration.ofSeconds(2));
        }
    }
}
