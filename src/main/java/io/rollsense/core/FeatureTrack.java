package io.rollsense.core;

/**
 * One candidate rhythm signal in 100 ms bins: the signal smoothed over {@link #SMOOTH} bins
 * ({@link #smooth}), and its band-passed form ({@link #band}: the smoothed signal minus itself
 * {@link #LAG} bins earlier, a difference that keeps 1–13 s cycles and drops drift), clipped to
 * {@link #CLIP} times its running mean magnitude so that a step (lying down, pressing hard, a
 * lift-off) cannot swamp the autocorrelation. Kept in arrays that shift by half when full.
 * Not thread-safe.
 */
final class FeatureTrack {
    static final int CAPACITY = 800;
    static final int SMOOTH = 4;
    static final int LAG = 5;
    static final double CLIP = 3.5;

    final double[] smooth = new double[CAPACITY];
    final double[] band = new double[CAPACITY];
    int count;
    long total;
    private final double[] raw = new double[SMOOTH];
    private double rawSum;
    private double meanAbs = Double.NaN;

    /** Adds one bin's value. */
    void push(double value) {
        if (count == CAPACITY) {
            System.arraycopy(smooth, CAPACITY / 2, smooth, 0, CAPACITY / 2);
            System.arraycopy(band, CAPACITY / 2, band, 0, CAPACITY / 2);
            count = CAPACITY / 2;
        }
        int slot = (int) (total % SMOOTH);
        rawSum += value - raw[slot];
        raw[slot] = value;
        total++;
        double s = total < SMOOTH ? value : rawSum / SMOOTH;
        smooth[count] = s;
        double d = count >= LAG ? s - smooth[count - LAG] : 0;
        if (Double.isNaN(meanAbs)) {
            meanAbs = Math.abs(d);
        }
        double limit = CLIP * meanAbs;
        double clipped = limit > 0 ? Math.max(-limit, Math.min(limit, d)) : d;
        meanAbs += (Math.abs(clipped) - meanAbs) / 100;
        band[count] = clipped;
        count++;
    }

    /**
     * The range (max - min) of the smoothed signal over the last {@code n} bins after removing its
     * straight-line trend (a slow push or drift is not a swing).
     */
    double detrendedRange(int n) {
        int k = Math.min(n, count);
        if (k < 3) {
            return 0;
        }
        int from = count - k;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < k; i++) {
            double y = smooth[from + i];
            sx += i;
            sy += y;
            sxx += (double) i * i;
            sxy += i * y;
        }
        double slope = (k * sxy - sx * sy) / (k * sxx - sx * sx);
        double icpt = (sy - slope * sx) / k;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            double r = smooth[from + i] - icpt - slope * i;
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
        }
        return hi - lo;
    }

    /** Mean of the smoothed signal over the last {@code n} bins. */
    double mean(int n) {
        int k = Math.max(1, Math.min(n, count));
        double s = 0;
        for (int i = count - k; i < count; i++) {
            s += smooth[i];
        }
        return s / k;
    }

    /** The latest smoothed value. */
    double last() {
        return smooth[count - 1];
    }
}
