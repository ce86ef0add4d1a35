package io.rollsense.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * The audible alert cue: a soft two-tone chime synthesised with javax.sound.sampled, repeated
 * every few seconds while an alert is raised and silent once it clears. Plays on its own daemon
 * thread (never the Swing thread); when no audio line is available it gives up silently and stays
 * quiet for the rest of the session.
 */
final class AlertSound implements AutoCloseable {
    private static final float RATE = 22_050f;
    private static final long REPEAT_MS = 4_000;
    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rollsense-alert-sound");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean available = true;
    private volatile boolean muted;
    private long lastStartMs = Long.MIN_VALUE / 2;
    private boolean wasAlerting;

    /**
     * Called on every view tick (Swing thread) with whether an alert is raised: starts the chime on
     * a new alert and repeats it while the alert lasts.
     */
    void tick(boolean alerting, long nowMs) {
        boolean rising = alerting && !wasAlerting;
        wasAlerting = alerting;
        if (!alerting || muted || !available) {
            return;
        }
        if ((rising || nowMs - lastStartMs >= REPEAT_MS) && busy.compareAndSet(false, true)) {
            lastStartMs = nowMs;
            player.execute(this::play);
        }
    }

    void muted(boolean m) {
        muted = m;
    }

    boolean muted() {
        return muted;
    }

    /** Whether an audio line could be opened (true until a failure). */
    boolean available() {
        return available;
    }

    private void play() {
        try {
            AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
            byte[] pcm = chime();
            try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
                line.open(format, pcm.length);
                line.start();
                line.write(pcm, 0, pcm.length);
                line.drain();
            }
        } catch (Exception | LinkageError noAudio) {
            available = false; // no device, no mixer, headless sound: stay silent
        } finally {
            busy.set(false);
        }
    }

    /** Two soft tones (660 Hz then 880 Hz, 160 ms each) with raised-cosine edges, 16-bit PCM. */
    static byte[] chime() {
        int toneSamples = (int) (RATE * 0.16);
        int gap = (int) (RATE * 0.04);
        int n = 2 * toneSamples + gap;
        byte[] pcm = new byte[2 * n];
        double[] freqs = {660, 880};
        for (int t = 0; t < 2; t++) {
            int offset = t * (toneSamples + gap);
            for (int i = 0; i < toneSamples; i++) {
                double edge = Math.min(1, Math.min(i, toneSamples - 1 - i) / (RATE * 0.02));
                double env = 0.5 - 0.5 * Math.cos(Math.PI * edge);
                short s = (short) (0.35 * Short.MAX_VALUE * env * Math.sin(2 * Math.PI * freqs[t] * i / RATE));
                int k = 2 * (offset + i);
                pcm[k] = (byte) s;
                pcm[k + 1] = (byte) (s >> 8);
            }
        }
        return pcm;
    }

    @Override
    public void close() {
        player.shutdownNow();
    }
}
