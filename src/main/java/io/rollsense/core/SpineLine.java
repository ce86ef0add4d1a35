package io.rollsense.core;

/**
 * The spine line: the lateral centre of pressure averaged over the last {@link #WINDOW_MS} of
 * loaded frames (device time). A body is near symmetric, so the centre of its load follows the
 * spine. Reset when the load goes away. A time-windowed moving average is hand-written here
 * because iirj filters assume a fixed sample rate and cannot start from the first sample cleanly.
 * Not thread-safe.
 */
final class SpineLine {
    /** Averaging window in ms. */
    static final long WINDOW_MS = 500;

    private long[] times = new long[64];
    private double[] values = new double[64];
    private int head;
    private int size;
    private double sum;

    /** Adds a centre-of-pressure sample and returns the spine line in mm. */
    double add(long timeMs, double copMm) {
        while (size > 0 && times[head] <= timeMs - WINDOW_MS) {
            sum -= values[head];
            head = (head + 1) % times.length;
            size--;
        }
        if (size == times.length) {
            grow();
        }
        int tail = (head + size) % times.length;
        times[tail] = timeMs;
        values[tail] = copMm;
        size++;
        sum += copMm;
        return sum / size;
    }

    /** Forgets everything (the load went away). */
    void reset() {
        head = 0;
        size = 0;
        sum = 0;
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
