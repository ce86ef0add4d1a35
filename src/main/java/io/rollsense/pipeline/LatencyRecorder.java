package io.rollsense.pipeline;

import java.util.Arrays;

/**
 * Collects per-frame latencies in nanoseconds (source receipt to events delivered) and reports
 * percentiles. Thread-safe (synchronized); keeps at most {@code capacity} samples, then counts only.
 */
final class LatencyRecorder {
    private final int capacity;
    private long[] samples = new long[4096];
    private int size;
    private long count;

    LatencyRecorder(int capacity) {
        this.capacity = capacity;
    }

    synchronized void record(long nanos) {
        count++;
        if (size == samples.length) {
            if (size >= capacity) {
                return;
            }
            samples = Arrays.copyOf(samples, Math.min(capacity, size * 2));
        }
        samples[size++] = nanos;
    }

    synchronized void reset() {
        size = 0;
        count = 0;
    }

    synchronized LatencySummary summary() {
        long[] copy = Arrays.copyOf(samples, size);
        Arrays.sort(copy);
        return new LatencySummary(count, pct(copy, 0.50), pct(copy, 0.99), size == 0 ? 0 : copy[size - 1] / 1e6);
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
