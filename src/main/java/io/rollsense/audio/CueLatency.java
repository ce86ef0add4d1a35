package io.rollsense.audio;

import java.util.Arrays;

/**
 * Cue latencies in host nanoseconds (cue enqueued → its first block written), the latest
 * {@link #CAPACITY} kept. Written by the audio thread, read by any thread (synchronized).
 */
final class CueLatency {
    static final int CAPACITY = 4096;
    private final long[] nanos = new long[CAPACITY];
    private int count;

    synchronized void record(long latencyNanos) {
        nanos[count % CAPACITY] = latencyNanos;
        count++;
    }

    /** {p50, p99, max} in ms and the number of values; zeros when empty. */
    synchronized double[] summary() {
        int n = Math.min(count, CAPACITY);
        if (n == 0) {
            return new double[] {0, 0, 0, 0};
        }
        long[] s = Arrays.copyOf(nanos, n);
        Arrays.sort(s);
        return new double[] {s[(n - 1) / 2] / 1e6, s[(int) Math.ceil(0.99 * n) - 1] / 1e6, s[n - 1] / 1e6, n};
    }
}
