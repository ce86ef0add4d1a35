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
    /** Difference lag of {@link #slowBand}, bins (for periods from about 4 s). */
    static final int SLOW_LAG = 15;
    static final double CLIP = 3.5;

    final double[] smooth = new double[CAPACITY];
    final double[] band = new double[CAPACITY];
    /** As {@link #band} over {@link #SLOW_LAG} bins: more of a slow cycle, less of fast wobble. */
    final double[] slowBand = new double[CAPACITY];
    private double slowMeanAbs = Double.NaN;
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
            System.arraycopy(slowBand, CAPACITY / 2, slowBand, 0, CAPACITY / 2);
            count = CAPACITY / 2;
        }
        int slot = (int) (total % SMOOTH);
        rawSum += value - raw[slot];
        raw[slot] = value;
        total++;
        double s = total < SMOOTH ? value : rawSum / SMOOTH;
        smooth[count] = s;
        band[count] = clip(count >= LAG ? s - smooth[count - LAG] : 0, false);
        slowBand[count] = clip(count >= SLOW_LAG ? s - smooth[count - SLOW_LAG] : 0, true);
        count++;
    }

    private double clip(double d, boolean slow) {
        double m = slow ? slowMeanAbs : meanAbs;
        if (Double.isNaN(m)) {
            m = Math.abs(d);
        }
        double limit = CLIP * m;
        double clipped = limit > 0 ? Math.max(-limit, Math.min(limit, d)) : d;
        m += (Math.abs(clipped) - m) / 100;
        if (slow) {
            slowMeanAbs = m;
        } else {
            meanAbs = m;
        }
        return clipped;
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
