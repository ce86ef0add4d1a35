package io.rollsense.core;

/**
 * One candidate rhythm signal (total load, centre of pressure, or lateral spread) in 100 ms bins:
 * its history, its autocorrelation period, and a Schmitt trigger that marks one crossing per cycle.
 * Not thread-safe.
 */
final class RhythmTrack {
    static final int CAPACITY = 640;
    private static final int DEFAULT_BASELINE = 20;

    final double[] bins = new double[CAPACITY];
    /** First differences of the bins: the autocorrelation input (slow trends such as pushing harder drop out). */
    final double[] diffs = new double[CAPACITY];
    int count;
    long total;
    private final double minBandAbs;
    private final double minBandRel;

    private boolean armed;
    private double amplitude;
    long lastCrossing = Long.MIN_VALUE / 2;
    double band;
    /** Index of the window that found the last rhythm, -1 when none. */
    int lastWindow = -1;

    /**
     * @param minBandAbs smallest trigger band in signal units (noise floor)
     * @param minBandRel smallest trigger band relative to the signal's mean (0 for signed signals)
     */
    RhythmTrack(double minBandAbs, double minBandRel) {
        this.minBandAbs = minBandAbs;
        this.minBandRel = minBandRel;
    }

    /** Adds a bin; returns true when the trigger marks a cycle. */
    boolean push(double value, double periodBins) {
        if (count == CAPACITY) {
            System.arraycopy(bins, CAPACITY / 2, bins, 0, CAPACITY / 2);
            System.arraycopy(diffs, CAPACITY / 2, diffs, 0, CAPACITY / 2);
            count = CAPACITY / 2;
        }
        diffs[count] = count == 0 ? 0 : value - bins[count - 1];
        bins[count++] = value;
        total++;
        int base = Double.isNaN(periodBins) ? DEFAULT_BASELINE : (int) Math.round(periodBins);
        if (count < base) {
            return false;
        }
        int smoothN = Math.max(1, base / 6);
        double mean = mean(count - base, base);
        double d = mean(count - smoothN, smoothN) - mean;
        double floor = Math.max(minBandAbs, minBandRel * Math.abs(mean));
        // a step (pressing hard, shifting) must not inflate the band for long: clip what one bin adds
        double m = amplitude > 0 ? Math.min(Math.abs(d), 3 * Math.max(amplitude, floor)) : Math.abs(d);
        amplitude += (m - amplitude) / base;
        band = Math.max(0.5 * amplitude, floor);
        if (d < -band) {
            armed = true;
        } else if (armed && d > band && total - lastCrossing >= base / 2) {
            armed = false;
            lastCrossing = total;
            return true;
        }
        return false;
    }

    /** The smallest trigger band at the current level. */
    double floor() {
        return count == 0 ? minBandAbs : Math.max(minBandAbs, minBandRel * Math.abs(bins[count - 1]));
    }

    /**
     * Whether the last {@code period} bins swing at least {@code share} of the median swing of the
     * three periods before them (true when there is not enough history to compare).
     */
    boolean rangeStillTypical(int period, double share) {
        if (period < 1 || count < 4 * period) {
            return true;
        }
        double a = range(count - 2 * period, period);
        double b = range(count - 3 * period, period);
        double c = range(count - 4 * period, period);
        double median = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
        return range(count - period, period) >= share * median;
    }

    private double range(int from, int n) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = from; i < from + n; i++) {
            lo = Math.min(lo, bins[i]);
            hi = Math.max(hi, bins[i]);
        }
        return hi - lo;
    }

    /** Range (max - min) of the last {@code n} bins. */
    double recentRange(int n) {
        int k = Math.min(n, count);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = count - k; i < count; i++) {
            lo = Math.min(lo, bins[i]);
            hi = Math.max(hi, bins[i]);
        }
        return k == 0 ? 0 : hi - lo;
    }

    private double mean(int from, int n) {
        double s = 0;
        for (int i = from; i < from + n; i++) {
            s += bins[i];
        }
        return s / n;
    }
}
