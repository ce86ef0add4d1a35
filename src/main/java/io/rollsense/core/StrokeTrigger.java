package io.rollsense.core;

/**
 * Marks one crossing per cycle of a {@link FeatureTrack}: a Schmitt trigger on the smoothed signal
 * minus its mean over one period, armed when it falls below {@code -band} and firing when it then
 * rises above {@code +band}, at least {@link #REFRACTORY} periods after the last crossing. Not thread-safe.
 */
final class StrokeTrigger {
    /**
     * Shortest time between two marks, periods: cycles vary by up to ±10 % (a next stroke comes after
     * at least about 0.8 period), while a second bump of the same cycle (a pass over a ridge) comes
     * after about half a period.
     */
    static final double REFRACTORY = 0.72;
    private boolean armed;
    private long lastBin = Long.MIN_VALUE / 2;

    /** Forgets the state (the followed signal changed). */
    void reset() {
        armed = false;
    }

    /**
     * Feeds the track's newest bin.
     *
     * @param periodBins current period, bins
     * @param band       half-width of the trigger band, in the track's unit
     * @return true when a cycle is marked
     */
    boolean push(FeatureTrack t, double periodBins, double band) {
        int base = (int) Math.max(4, Math.round(periodBins));
        double d = t.last() - t.mean(base);
        if (d < -band) {
            armed = true;
        } else if (armed && d > band && t.total - lastBin >= REFRACTORY * base) {
            armed = false;
            lastBin = t.total;
            return true;
        }
        return false;
    }

    /** Bins since the last crossing. */
    long binsSinceCrossing(FeatureTrack t) {
        return t.total - lastBin;
    }
}
