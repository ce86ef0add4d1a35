package io.rollsense.core;

/**
 * Zero offsets from a stretch of unloaded frames, in device units. Automatically, every
 * {@link #STRETCH_MS} of unloaded frames (calibrated highest taxel below the load level) refines
 * them. On request the next {@link #STRETCH_MS} of frames become the offsets, but only while
 * nobody presses on the device: a frame whose highest taxel reaches {@link #REQUEST_MAX_KPA}
 * refuses the request, so a tare pressed while lying on the roller can never zero away a body.
 * Not thread-safe.
 */
final class Tare {
    /** Length of the averaging stretch in ms of device time. */
    static final long STRETCH_MS = 1000;
    /**
     * A requested tare is refused when a taxel reads this much (kPa, under the zero in force) during
     * its stretch. A person on a roller presses about 30–55 kPa; less than this is sensor drift or
     * creep, which is what a tare is for.
     */
    static final double REQUEST_MAX_KPA = 8.0;

    /** What one frame decided: new offsets, and for a requested tare its result. */
    record Outcome(double[] offsets, TareResult requested, double highestKpa, long requestedMs) {
    }

    private final double[] sums;
    private boolean requested;
    private long startMs = Long.MIN_VALUE;
    private int frames;
    private double highestKpa;

    Tare(int channels) {
        sums = new double[channels];
    }

    void request() {
        requested = true;
        restart();
    }

    /**
     * Accumulates one frame.
     *
     * @param unloaded   whether the frame counts as unloaded under the current calibration
     * @param highestKpa the frame's highest taxel pressure in kPa under the current calibration
     * @return new offsets when a stretch completes, a refusal, or {@code null} when nothing was decided
     */
    Outcome accept(long timeMs, double[] raw, boolean unloaded, double highestKpa) {
        if (requested && highestKpa >= REQUEST_MAX_KPA) {
            long from = startMs == Long.MIN_VALUE ? timeMs : startMs;
            requested = false;
            restart();
            return new Outcome(null, TareResult.REFUSED, highestKpa, from);
        }
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
        this.highestKpa = Math.max(this.highestKpa, highestKpa);
        if (timeMs - startMs < STRETCH_MS) {
            return null;
        }
        double[] offsets = new double[sums.length];
        for (int i = 0; i < sums.length; i++) {
            offsets[i] = sums[i] / frames;
        }
        Outcome done = new Outcome(offsets, requested ? TareResult.DONE : null, this.highestKpa, startMs);
        requested = false;
        restart();
        return done;
    }

    private void restart() {
        java.util.Arrays.fill(sums, 0);
        frames = 0;
        highestKpa = 0;
        startMs = Long.MIN_VALUE;
    }
}
