package io.rollsense.audio;

import java.util.EnumMap;
import java.util.Map;

/**
 * Synthesises every non-speech sound as mono float samples at {@link #RATE} (full scale = 1.0):
 * sine partials under raised-cosine or exponential envelopes, so there are no binary assets and
 * every sound is exactly reproducible. Peaks stay at or below 0.45 so that a few overlapping
 * sounds fit under the mixer's limiter. Pure and thread-safe.
 */
final class Synth {
    /** Sample rate of the whole audio path in Hz (FreeTTS's kevin16 voice speaks at 16 kHz). */
    static final int RATE = 16_000;

    /** Metronome beat for the "up" pass (higher) and the "back" pass (lower), in Hz. */
    static final double UP_HZ = 1320;
    static final double BACK_HZ = 880;
    /** Fundamental of the spine earcon in Hz (low). */
    static final double SPINE_HZ = 196;
    /** The too-hard earcon's beep in Hz (high). */
    static final double TOO_HARD_HZ = 1760;

    private Synth() {
    }

    /** All earcons, synthesised once. */
    static Map<Earcon, float[]> earcons() {
        Map<Earcon, float[]> m = new EnumMap<>(Earcon.class);
        for (Earcon e : Earcon.values()) {
            m.put(e, earcon(e));
        }
        return m;
    }

    /** The sound of one earcon. */
    static float[] earcon(Earcon e) {
        return switch (e) {
            // low and round: two 220 ms pulses with a touch of the octave, 100 ms apart
            case SPINE -> sequence(0.10, pulse(SPINE_HZ, 0.22, 0.42, 0.5), pulse(SPINE_HZ, 0.22, 0.42, 0.5));
            // high and urgent: three 80 ms beeps, 50 ms apart
            case TOO_HARD -> sequence(0.05, beep(TOO_HARD_HZ, 0.08, 0.35), beep(TOO_HARD_HZ, 0.08, 0.35),
                    beep(TOO_HARD_HZ, 0.08, 0.35));
            // soft, once: C5 then G5, gentle attack, quiet
            case BACK_IN_RANGE -> sequence(0.0, bell(523.25, 0.25, 0.18), bell(783.99, 0.45, 0.18));
            case DEVICE_LOST -> sequence(0.02, bell(783.99, 0.15, 0.3), bell(587.33, 0.15, 0.3), bell(392.0, 0.35, 0.3));
            case DEVICE_FOUND -> sequence(0.02, bell(392.0, 0.15, 0.3), bell(587.33, 0.15, 0.3), bell(783.99, 0.35, 0.3));
            // a low 330/311 Hz warble, twice
            case RECORDING_FAILED -> sequence(0.08, warble(0.35, 0.3), warble(0.35, 0.3));
        };
    }

    /** A metronome beat: a short woodblock-like tick with an exponential decay (40 ms). */
    static float[] beat(boolean up) {
        int n = samples(0.04);
        float[] out = new float[n];
        double f = up ? UP_HZ : BACK_HZ;
        for (int i = 0; i < n; i++) {
            double t = i / (double) RATE;
            double env = Math.min(1, i / (RATE * 0.002)) * Math.exp(-t / 0.010);
            out[i] = (float) (0.4 * env * Math.sin(2 * Math.PI * f * t));
        }
        return out;
    }

    /** A pulse of {@code hz} plus {@code octave} of its octave, raised-cosine edges of 30 ms. */
    static float[] pulse(double hz, double seconds, double amp, double octave) {
        int n = samples(seconds);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double t = i / (double) RATE;
            double s = Math.sin(2 * Math.PI * hz * t) + octave * Math.sin(4 * Math.PI * hz * t);
            out[i] = (float) (amp / (1 + octave) * edges(i, n, 0.03) * s);
        }
        return out;
    }

    /** A plain sine beep with 5 ms edges. */
    static float[] beep(double hz, double seconds, double amp) {
        int n = samples(seconds);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (amp * edges(i, n, 0.005) * Math.sin(2 * Math.PI * hz * i / RATE));
        }
        return out;
    }

    /** A bell-like note: 10 ms attack, exponential decay over its length. */
    static float[] bell(double hz, double seconds, double amp) {
        int n = samples(seconds);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double t = i / (double) RATE;
            double env = Math.min(1, t / 0.01) * Math.exp(-3 * t / seconds) * edges(i, n, 0.01);
            out[i] = (float) (amp * env * Math.sin(2 * Math.PI * hz * t));
        }
        return out;
    }

    /** Alternating 330 and 311 Hz every 50 ms (a "something is wrong" wobble). */
    static float[] warble(double seconds, double amp) {
        int n = samples(seconds);
        float[] out = new float[n];
        double phase = 0;
        for (int i = 0; i < n; i++) {
            double hz = (i / samples(0.05)) % 2 == 0 ? 330 : 311;
            phase += 2 * Math.PI * hz / RATE;
            out[i] = (float) (amp * edges(i, n, 0.02) * Math.sin(phase));
        }
        return out;
    }

    /** Sounds one after another with {@code gapSeconds} of silence between them. */
    static float[] sequence(double gapSeconds, float[]... parts) {
        int gap = samples(gapSeconds);
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n + gap * (parts.length - 1)];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length + gap;
        }
        return out;
    }

    /** Raised-cosine fade-in and fade-out of {@code edgeSeconds} at both ends (0..1). */
    private static double edges(int i, int n, double edgeSeconds) {
        double e = Math.min(1, Math.min(i, n - 1 - i) / (RATE * edgeSeconds));
        return 0.5 - 0.5 * Math.cos(Math.PI * e);
    }

    static int samples(double seconds) {
        return (int) Math.round(seconds * RATE);
    }
}
