package io.rollsense.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * The one software mixer: sums the sounds that play into 16-bit little-endian mono PCM blocks of
 * {@link #BLOCK} samples at {@link Synth#RATE} Hz. Its clock is the number of samples rendered so
 * far ({@link #position()}); sounds start at an exact sample. Master volume and mute apply to the
 * sum, then a soft limiter keeps it inside full scale, so the output never clips (counted anyway).
 * Used only by the audio thread.
 */
final class SoundMixer {
    /** Samples per block: 10 ms. */
    static final int BLOCK = Synth.RATE / 100;
    /** Above this level (of full scale) the limiter bends the curve; it never reaches 1.0. */
    private static final float KNEE = 0.85f;
    /** Samples of fade when a sound is cut short (no click). */
    private static final int CUT_FADE = Synth.RATE / 100;

    private final List<Playing> playing = new ArrayList<>();
    private final float[] sum = new float[BLOCK];
    private final byte[] pcm = new byte[2 * BLOCK];
    private volatile long position; // written by the audio thread only; read for progress
    private float gain = 1;
    private boolean muted;
    private long clippedSamples;
    private long peakAbs;

    /** One sound scheduled or playing. */
    static final class Playing {
        final float[] samples;
        final long startSample;
        final float gain;
        /** Host nanoTime when the cue that caused it was enqueued (latency figures), or 0. */
        final long causeNanos;
        /** Speech (its start also waits for the voice to be free), not an earcon or a beat. */
        final boolean speech;
        long cutAt = Long.MAX_VALUE;

        Playing(float[] samples, long startSample, float gain, long causeNanos, boolean speech) {
            this.samples = samples;
            this.startSample = startSample;
            this.gain = gain;
            this.causeNanos = causeNanos;
            this.speech = speech;
        }

        /** First sample after the sound (or after its cut fade). */
        long endSample() {
            long natural = startSample + samples.length;
            return cutAt == Long.MAX_VALUE ? natural : Math.min(natural, cutAt + CUT_FADE);
        }
    }

    /**
     * Schedules a sound at {@code startSample} (a past start plays from now).
     *
     * @param gain       0..1 relative to the sound's own level
     * @param causeNanos host nanoTime of the cause (0 when none), reported back by {@link #render}
     */
    Playing play(float[] samples, long startSample, float gain, long causeNanos) {
        return play(samples, startSample, gain, causeNanos, false);
    }

    /** Like {@link #play(float[], long, float, long)}, marking speech apart for the latency figures. */
    Playing play(float[] samples, long startSample, float gain, long causeNanos, boolean speech) {
        Playing p = new Playing(samples, Math.max(startSample, position), gain, causeNanos, speech);
        playing.add(p);
        return p;
    }

    /** Cuts a sound short with a 10 ms fade from the next block on. */
    void cut(Playing p) {
        p.cutAt = Math.min(p.cutAt, Math.max(position, p.startSample));
    }

    /** Master volume 0..100 percent; perceived loudness roughly follows the square. */
    void volumePercent(int percent) {
        float v = percent / 100f;
        gain = v * v;
    }

    void muted(boolean m) {
        muted = m;
    }

    /** Samples rendered so far: the audio clock. */
    long position() {
        return position;
    }

    /** Whether anything is scheduled or still sounding. */
    boolean busy() {
        return !playing.isEmpty();
    }

    /**
     * Renders the next block and advances the clock by {@link #BLOCK}.
     *
     * @param started receives {@code causeNanos} of every sound that starts in this block (may be null)
     * @return the block as 16-bit little-endian PCM (reused: copy before the next call)
     */
    byte[] render(LongSink started) {
        java.util.Arrays.fill(sum, 0f);
        long end = position + BLOCK;
        for (int k = playing.size() - 1; k >= 0; k--) {
            Playing p = playing.get(k);
            if (p.startSample >= end) {
                continue;
            }
            if (p.startSample >= position && p.causeNanos != 0 && started != null) {
                started.accept(p.causeNanos, p.speech);
            }
            long from = Math.max(position, p.startSample);
            long to = Math.min(end, p.endSample());
            for (long s = from; s < to; s++) {
                float fade = s < p.cutAt ? 1f : 1f - (s - p.cutAt) / (float) CUT_FADE;
                sum[(int) (s - position)] += p.gain * fade * p.samples[(int) (s - p.startSample)];
            }
            if (p.endSample() <= end) {
                playing.remove(k);
            }
        }
        float g = muted ? 0f : gain;
        for (int i = 0; i < BLOCK; i++) {
            int s = Math.round(limit(sum[i] * g) * Short.MAX_VALUE);
            if (s >= Short.MAX_VALUE || s <= -Short.MAX_VALUE) {
                clippedSamples++;
            }
            peakAbs = Math.max(peakAbs, Math.abs(s));
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        position = end;
        return pcm;
    }

    /** A soft knee above {@link #KNEE}: the output approaches but never reaches full scale. */
    static float limit(float x) {
        float a = Math.abs(x);
        if (a <= KNEE) {
            return x;
        }
        float room = 0.999f - KNEE;
        float bent = KNEE + room * (float) Math.tanh((a - KNEE) / room);
        return Math.copySign(bent, x);
    }

    long clippedSamples() {
        return clippedSamples;
    }

    /** Highest absolute sample value so far (0..32767). */
    long peakAbs() {
        return peakAbs;
    }

    /** Receives the cause of a sound that starts (without boxing). */
    @FunctionalInterface
    interface LongSink {
        void accept(long causeNanos, boolean speech);
    }
}
