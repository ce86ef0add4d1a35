package io.rollsense.core;

/**
 * Zero offsets from a stretch of frames, in device units. On request the next {@link #STRETCH_MS}
 * of frames (loaded or not) become the offsets; automatically, every {@link #STRETCH_MS} of
 * unloaded frames (calibrated highest taxel below the load level) refines them, which can never
 * tare away a real load. Not thread-safe.
 */
final class Tare {
    /** Length of the averaging stretch in ms of device time. */
    static final long STRETCH_MS = 1000;

    private final double[] sums;
    private boolean requested;
    private long startMs = Long.MIN_VALUE;
    private int frames;

    Tare(int channels) {
        sums = new double[channels];
    }

    void request() {
        requested = true;
        restart();
    }

    /**
     * Accumulates one frame; returns new offsets when a stretch completes, otherwise {@code null}.
     *
     * @param unloaded whether the frame counts as unloaded under the current calibration
     */
    double[] accept(long timeMs, double[] raw, boolean unloaded) {
        if (!requested && !unloaded) {
            restart();
            return null;
        }
        if (startMs == Long.MIN_VALUE) {
            startMs = timeMs;
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] += raw[i];
        }
        frames++;
        if (timeMs - startMs < STRETCH_MS) {
            return null;
        }
        double[] offsets = new double[sums.length];
        for (int i = 0; i < sums.length; i++) {
            offsets[i] = sums[i] / frames;
        }
        requested = false;
        restart();
        return offsets;
    }

    private void restart() {
        java.util.Arrays.fill(sums, 0);
        frames = 0;
        startMs = Long.MIN_VALUE;
    }
}
