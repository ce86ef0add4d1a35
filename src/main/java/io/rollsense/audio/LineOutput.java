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
 * small buffer (the mixer writes only its short lead ahead of the clock into it). It is opened, and re-opened after a failure, on its own daemon thread
 * {@code rollsense-audio-device} every {@link #RETRY_S} seconds, never on the mixer thread; so a
 * device plugged in later is used. Writing never blocks: a block that does not fit waits in a
 * short backlog, and beyond that the oldest is dropped (counted). The first failure to find a device and a later success are each said once through
 * {@code notices}. Thread-safe.
 */
final class LineOutput implements AutoCloseable {
    static final int RETRY_S = 5;
    /**
     * Requested line buffer: 6 mixer blocks (60 ms). Through PulseAudio the buffer stays about full,
     * so this is most of the speaker's latency; 40 ms dropped 2.7 % of the blocks there, 60 ms 0.6 %
     * (docs/performance.md, "Sound").
     */
    static final int BUFFER_BYTES = 6 * 2 * SoundMixer.BLOCK;
    /** Blocks kept back while the line is full, before the oldest is dropped. */
    static final int BACKLOG_BLOCKS = 4;
    static final String UNAVAILABLE = "sound unavailable: no audio output";
    private static final AudioFormat FORMAT = new AudioFormat(Synth.RATE, 16, 1, true, false);
    private final ScheduledExecutorService opener = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rollsense-audio-device");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<String> notices;
    private volatile SourceDataLine line;
    private SourceDataLine counted;
    private final java.util.ArrayDeque<byte[]> backlog = new java.util.ArrayDeque<>();
    private volatile boolean unavailable;
    private volatile int bufferBytes;
    private long droppedBlocks;
    private volatile boolean everOpened;
    private long writtenFrames;
    private long queueSamples;
    private long queueMax;
    private long queueCount;
    private boolean closed;
    private long earconQueueSamples;
    private long earconQueueCount;
    private long earconQueueMax;

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
                everOpened = true;
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

    /**
     * Writes one block, or keeps it back (at most {@link #BACKLOG_BLOCKS}) while the line's buffer is
     * full: sound systems take data in bursts. Never blocks; when the backlog is full the oldest
     * block is dropped (counted). {@code earconStarts}: an earcon starts in this block (its wait in the
     * line is measured apart, {@link #earconQueuedMs}). Mixer thread only.
     */
    synchronized void write(byte[] pcm, int length, boolean earconStarts) {
        SourceDataLine l = line;
        if (l == null) {
            return;
        }
        if (backlog.size() == BACKLOG_BLOCKS) {
            backlog.removeFirst();
            droppedBlocks++;
        }
        backlog.addLast(java.util.Arrays.copyOf(pcm, length));
        try {
            if (l != counted) {
                counted = l;
                writtenFrames = 0;
            }
            while (!backlog.isEmpty() && l.available() >= backlog.peekFirst().length) {
                byte[] b = backlog.removeFirst();
                l.write(b, 0, b.length);
                writtenFrames += b.length / 2;
            }
            long queued = Math.max(0, writtenFrames - l.getLongFramePosition()); // written, not yet played
            queued += backlog.size() * (long) SoundMixer.BLOCK;
            queueSamples += queued;
            queueMax = Math.max(queueMax, queued);
            queueCount++;
            if (earconStarts) {
                earconQueueSamples += queued;
                earconQueueCount++;
                earconQueueMax = Math.max(earconQueueMax, queued);
            }
        } catch (RuntimeException broken) {
            line = null;
            backlog.clear();
            l.close();
            unavailable = true;
            notices.accept(UNAVAILABLE + " (the line failed: " + broken.getMessage() + ")");
        }
    }

    /** Whether a line was ever open. */
    boolean everOpened() {
        return everOpened;
    }

    /** {mean, max} ms of sound written to the line but not yet played, right after each write (0 without a line). */
    synchronized double[] queuedMs() {
        double perMs = Synth.RATE / 1000.0;
        return queueCount == 0 ? new double[] {0, 0} : new double[] {queueSamples / (double) queueCount / perMs, queueMax / perMs};
    }

    /**
     * {mean, max} ms of sound queued ahead of the block in which an earcon starts, right after it
     * was written (what the earcon waits behind; 0 without a line or before the first earcon).
     */
    synchronized double[] earconQueuedMs() {
        double perMs = Synth.RATE / 1000.0;
        return earconQueueCount == 0 ? new double[] {0, 0}
                : new double[] {earconQueueSamples / (double) earconQueueCount / perMs, earconQueueMax / perMs};
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
