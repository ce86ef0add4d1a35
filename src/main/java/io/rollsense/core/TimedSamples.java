package io.rollsense.core;

/**
 * A double-ended queue of (time in ms, value) samples on two growable ring arrays: O(1) amortised
 * at both ends, no boxing. The window of the sliding-window smoothers. Not thread-safe.
 */
final class TimedSamples {
    private long[] times = new long[64];
    private double[] values = new double[64];
    private int head;
    private int size;

    int size() {
        return size;
    }

    long firstTimeMs() {
        return times[head];
    }

    double firstValue() {
        return values[head];
    }

    double lastValue() {
        return values[index(size - 1)];
    }

    void addLast(long timeMs, double value) {
        if (size == times.length) {
            grow();
        }
        int tail = index(size);
        times[tail] = timeMs;
        values[tail] = value;
        size++;
    }

    void removeFirst() {
        head = index(1);
        size--;
    }

    void removeLast() {
        size--;
    }

    void clear() {
        head = 0;
        size = 0;
    }

    private int index(int i) {
        return (head + i) % times.length;
    }

    private void grow() {
        long[] t = new long[times.length * 2];
        double[] v = new double[times.length * 2];
        for (int i = 0; i < size; i++) {
            t[i] = times[index(i)];
            v[i] = values[index(i)];
        }
        times = t;
        values = v;
        head = 0;
    }
}
