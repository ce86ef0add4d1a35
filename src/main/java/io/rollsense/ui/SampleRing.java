package io.rollsense.ui;

/**
 * Fixed-capacity ring of timestamped multi-channel samples: one writer (the analyzer thread),
 * one reader (the Swing timer). Lock-free: the writer fills a slot then publishes it through a
 * volatile counter; the reader copies only slots published before it started and well behind
 * the writer, so a slot it reads is never overwritten during the copy (capacity has a guard
 * margin beyond the longest view window).
 *
 * <p>Column {@code channels} holds the total load; values are kPa as floats (plenty for a chart).
 */
final class SampleRing {
    private final int capacity;
    private final int channels;
    private final int guard;
    private final long[] timesMs;
    private final float[][] values;
    private volatile long written;

    /**
     * @param channels taxel count (the total load is stored as one extra column)
     * @param capacity slots; must exceed the longest window read plus {@code guard}
     * @param guard    slots the reader keeps away from the writer
     */
    SampleRing(int channels, int capacity, int guard) {
        if (channels < 1 || capacity < 2 || guard < 0 || guard >= capacity) {
            throw new IllegalArgumentException("channels=" + channels + ", capacity=" + capacity + ", guard=" + guard);
        }
        this.channels = channels;
        this.capacity = capacity;
        this.guard = guard;
        this.timesMs = new long[capacity];
        this.values = new float[channels + 1][capacity];
    }

    /** A ring sized for {@code maxWindowMs} at {@code rateHz}, with 25 % + 2 s spare. */
    static SampleRing forRate(int channels, double rateHz, long maxWindowMs) {
        double rate = Math.min(Math.max(rateHz, 1), 2000);
        int window = (int) Math.ceil(rate * maxWindowMs / 1000.0);
        int guard = (int) Math.ceil(rate * 2) + 64;
        return new SampleRing(channels, window + window / 4 + 2 * guard, guard);
    }

    int channels() {
        return channels;
    }

    /** Samples appended so far. */
    long written() {
        return written;
    }

    /** Writer thread only. Values beyond {@code channels} are ignored, missing ones are 0. */
    void append(long timeMs, double[] kpa, double totalKpa) {
        long w = written;
        int slot = (int) (w % capacity);
        timesMs[slot] = timeMs;
        int n = Math.min(kpa.length, channels);
        for (int c = 0; c < n; c++) {
            values[c][slot] = (float) kpa[c];
        }
        for (int c = n; c < channels; c++) {
            values[c][slot] = 0f;
        }
        values[channels][slot] = (float) totalKpa;
        written = w + 1;
    }

    /**
     * Copies the published samples with time &gt;= {@code fromMs} into {@code out} (grown as needed).
     * Reader thread only.
     */
    void copySince(long fromMs, Snapshot out) {
        long end = written;
        long start = Math.max(0, end - (capacity - guard));
        // binary search the first slot with time >= fromMs (times are non-decreasing)
        long lo = start;
        long hi = end;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (timesMs[(int) (mid % capacity)] < fromMs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int n = (int) (end - lo);
        out.ensure(channels + 1, n);
        int first = (int) (lo % capacity);
        int tail = Math.min(n, capacity - first);
        System.arraycopy(timesMs, first, out.timesMs, 0, tail);
        System.arraycopy(timesMs, 0, out.timesMs, tail, n - tail);
        for (int c = 0; c <= channels; c++) {
            System.arraycopy(values[c], first, out.values[c], 0, tail);
            System.arraycopy(values[c], 0, out.values[c], tail, n - tail);
        }
        out.count = n;
    }

    /** Reusable destination of {@link #copySince}: the last column is the total load. */
    static final class Snapshot {
        long[] timesMs = new long[0];
        float[][] values = new float[0][0];
        int count;

        void ensure(int columns, int n) {
            if (timesMs.length < n) {
                int cap = Math.max(n, timesMs.length + timesMs.length / 2);
                timesMs = new long[cap];
                values = new float[columns][cap];
            } else if (values.length != columns) {
                values = new float[columns][timesMs.length];
            }
        }
    }
}
