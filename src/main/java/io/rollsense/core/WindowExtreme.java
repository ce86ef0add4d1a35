package io.rollsense.core;

/**
 * Running maximum (or minimum) of a sliding time window, as a monotonic deque: O(1) amortised per
 * sample. Hand-written; neither iirj nor Commons Math offers a streaming window extreme.
 * Not thread-safe.
 */
final class WindowExtreme {
    private final boolean max;
    private long[] times = new long[64];
    private double[] values = new double[64];
    private int head;
    private int size;

    WindowExtreme(boolean max) {
        this.max = max;
    }

    /** Adds a sample, drops samples at or before {@code timeMs - windowMs}, returns the extreme. */
    double add(long timeMs, double v, long windowMs) {
        while (size > 0 && times[head] <= timeMs - windowMs) {
            head = (head + 1) % times.length;
            size--;
        }
        while (size > 0) {
            int last = (head + size - 1) % times.length;
            if (max ? values[last] <= v : values[last] >= v) {
                size--;
            } else {
                break;
            }
        }
        if (size == times.length) {
            grow();
        }
        int tail = (head + size) % times.length;
        times[tail] = timeMs;
        values[tail] = v;
        size++;
        return values[head];
    }

    void reset() {
        head = 0;
        size = 0;
    }

    private void grow() {
        long[] t = new long[times.length * 2];
        double[] v = new double[times.length * 2];
        for (int i = 0; i < size; i++) {
            t[i] = times[(head + i) % times.length];
            v[i] = values[(head + i) % times.length];
        }
        times = t;
        values = v;
        head = 0;
    }
}
