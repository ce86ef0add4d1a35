package io.rollsense.audio;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * The speaker: a javax.sound {@link SourceDataLine} (16-bit mono, {@link Synth#RATE} Hz) with a
 * small buffer. It is opened, and re-opened after a failure, on its own daemon thread
 * {@code rollsense-audio-device} every {@link #RETRY_S} seconds, never on the mixer thread; so a
 * device plugged in later is used. Writing never blocks: a block that does not fit is dropped
 * (counted). The first failure to find a device and a later success are each said once through
 * {@code notices}. Thread-safe.
 */
final class LineOutput implements AutoCloseable {
    static final int RETRY_S = 5;
    /** Requested line buffer: 4 mixer blocks (40 ms). */
    static final int BUFFER_BYTES = 4 * 2 * SoundMixer.BLOCK;
    static final String UNAVAILABLE = "sound unavailable: no audio output";
    private static final AudioFormat FORMAT = new AudioFormat(Synth.RATE, 16, 1, true, false);
    private final ScheduledExecutorService opener = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rollsense-audio-device");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<String> notices;
    private volatile SourceDataLine line;
    private volatile boolean unavailable;
    private volatile int bufferBytes;
    private long droppedBlocks;
    private boolean closed;

    LineOutput(Consumer<String> notices) {
        this.notices = notices;
        opener.scheduleWithFixedDelay(this::tryOpen, 0, RETRY_S, TimeUnit.SECONDS);
    }

    private void tryOpen() {
        if (line != null) {
            return;
        }
        try {
            SourceDataLine l = AudioSystem.getSourceDataLine(FORMAT);
            l.open(FORMAT, BUFFER_BYTES);
            l.start();
            synchronized (this) {
                if (closed) {
                    l.close();
                    return;
                }
                bufferBytes = l.getBufferSize();
                line = l;
            }
            if (unavailable) {
                notices.accept("sound: audio output found, playing from now on");
            }
            unavailable = false;
        } catch (Exception | LinkageError noDevice) {
            if (!unavailable) {
                unavailable = true;
                notices.accept(UNAVAILABLE);
            }
        }
    }

    /** Whether a line is open now. */
    boolean open() {
        return line != null;
    }

    /** Whether no line could be opened (until one is). */
    boolean unavailable() {
        return unavailable;
    }

    /** Buffer size of the open line in bytes (0 before one opened). */
    int bufferBytes() {
        return bufferBytes;
    }

    /** Writes one block if it fits in the line's buffer now; drops it otherwise. Mixer thread only. */
    void write(byte[] pcm, int length) {
        SourceDataLine l = line;
        if (l == null) {
            return;
        }
        try {
            if (l.available() < length) {
                droppedBlocks++;
                return;
            }
            l.write(pcm, 0, length);
        } catch (RuntimeException broken) {
            line = null;
            l.close();
            unavailable = true;
            notices.accept(UNAVAILABLE + " (the line failed: " + broken.getMessage() + ")");
        }
    }

    /** Blocks dropped because the line's buffer was full. Mixer thread only. */
    long droppedBlocks() {
        return droppedBlocks;
    }

    /** Plays what is buffered, then closes. */
    @Override
    public void close() {
        opener.shutdownNow();
        SourceDataLine l;
        synchronized (this) {
            closed = true;
            l = line;
            line = null;
        }
        if (l != null) {
            l.drain();
            l.close();
        }
    }
}
