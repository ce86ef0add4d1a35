package io.rollsense.session;

import java.util.Arrays;

/**
 * The recorded 10 Hz field summaries of one device: device time (ms since first frame), highest
 * spine-zone pressure and highest taxel pressure in kPa over each window. Not thread-safe while
 * being built; read-only afterwards.
 */
public final class FieldSeries {
    private long[] timeMs = new long[256];
    private float[] spineKpa = new float[256];
    private float[] maxKpa = new float[256];
    private int size;

    void add(long t, double spine, double max) {
        if (size == timeMs.length) {
            timeMs = Arrays.copyOf(timeMs, size * 2);
            spineKpa = Arrays.copyOf(spineKpa, size * 2);
            maxKpa = Arrays.copyOf(maxKpa, size * 2);
        }
        timeMs[size] = t;
        spineKpa[size] = (float) spine;
        maxKpa[size++] = (float) max;
    }

    public int size() {
        return size;
    }

    public long timeMs(int i) {
        return timeMs[i];
    }

    public float spineKpa(int i) {
        return spineKpa[i];
    }

    public float maxKpa(int i) {
        return maxKpa[i];
    }
}
