package io.rollsense.core;

/**
 * Finds the stroke period in the recent past of an evenly sampled, band-passed signal by
 * normalised autocorrelation with a window that grows with the lag: for a lag of L samples, the
 * Pearson correlation between the last {@code max(minPairs, 1.5 L)} samples and the samples L
 * earlier. Short cycles are thus judged on the last few seconds only (a new, faster pace is seen
 * after about two of its strokes) and long ones on about two and a half cycles. Long lags use
 * every second pair (same answer, half the work). The period is the shortest-lag local maximum
 * within {@link #NEAR_BEST} of the best one (so a multiple of the period is never preferred),
 * refined by parabolic interpolation. Hand-written: Commons Math has no lag-dependent windowed
 * autocorrelation, and an FFT over the longest window would cost more than these few lags.
 * Stateless.
 */
final class PeriodEstimator {
    /** A local maximum this close to the best one counts as just as good. */
    static final double NEAR_BEST = 0.1;
    /** A peak near twice the period that correlates this much better shows the full cycle (two bumps a cycle). */
    static final double OCTAVE_GAIN = 0.1;
    /** Pairs per lag: the window for a lag of L samples is the last PAIRS_PER_LAG × L samples (and L before). */
    static final double PAIRS_PER_LAG = 1.5;
    /** Lags from this many samples on use every second pair. */
    private static final int SPARSE_FROM = 40;

    /** Result: period in samples (fractional) and the correlation at it (-1..1); NaN period if none. */
    record Estimate(double periodSamples, double correlation) {
        static final Estimate NONE = new Estimate(Double.NaN, 0);
    }

    /**
     * Fills {@code corr[lag]} (from {@code x} for short lags, from {@code slow}, the same signal
     * band-passed for slower cycles, from {@value #SPARSE_FROM} samples on) for lags {@code minLag - 1 ..} as far as the history allows (at most
     * {@code maxLag + 1}) for the signal ending at {@code x[end - 1]} with {@code available} samples
     * before {@code end}; returns the last lag filled ({@code minLag - 2} when none).
     */
    static int curve(double[] x, double[] slow, int end, int available, int minLag, int maxLag, int minPairs,
                     double[] corr) {
        int top = minLag - 2;
        for (int lag = minLag - 1; lag <= maxLag + 1; lag++) {
            int pairs = Math.max(minPairs, (int) Math.ceil(PAIRS_PER_LAG * lag));
            if (pairs + lag > available) {
                break;
            }
            corr[lag] = lag >= SPARSE_FROM ? pearson(slow, end, lag, pairs, 2) : pearson(x, end, lag, pairs, 1);
            top = lag;
        }
        return top;
    }

    /**
     * Sharpens a period on a longer window: the correlation over the last {@code pairs} samples at
     * each lag within ±15 % of {@code period}, the highest one refined by parabolic interpolation
     * (NONE when the history is too short or no maximum lies inside). More cycles average out the
     * stroke-to-stroke jitter.
     */
    static Estimate refine(double[] x, double[] slow, int end, int available, double period, int pairs,
                           double[] corr) {
        int lo = Math.max(3, (int) Math.floor(period * 0.85));
        int hi = (int) Math.ceil(period * 1.15);
        if (pairs + hi + 1 > available || hi + 2 > corr.length) {
            return Estimate.NONE;
        }
        for (int lag = lo - 1; lag <= hi + 1; lag++) {
            corr[lag] = lag >= SPARSE_FROM ? pearson(slow, end, lag, pairs, 2) : pearson(x, end, lag, pairs, 1);
        }
        Estimate best = best(corr, lo, hi + 1);
        if (Double.isNaN(best.periodSamples())) {
            return best;
        }
        int at = (int) best.periodSamples();
        double a = corr[at - 1];
        double b = corr[at];
        double c = corr[at + 1];
        double den = a - 2 * b + c;
        double shift = den < 0 ? 0.5 * (a - c) / den : 0;
        return new Estimate(at + Math.max(-0.5, Math.min(0.5, shift)), b);
    }

    /** The highest local maximum of {@code corr} over {@code minLag..top-1}, or NONE. */
    static Estimate best(double[] corr, int minLag, int top) {
        int at = -1;
        for (int lag = minLag; lag < top; lag++) {
            if (isPeak(corr, lag) && (at < 0 || corr[lag] > corr[at])) {
                at = lag;
            }
        }
        return at < 0 ? Estimate.NONE : new Estimate(at, corr[at]);
    }

    /**
     * The period of a correlation curve: the shortest-lag local maximum within {@link #NEAR_BEST} of
     * the highest one (a multiple of the period is never preferred), or the maximum near twice that lag
     * when it correlates {@link #OCTAVE_GAIN} better (a cycle with two similar bumps, such as a pass over
     * a ridge each way), refined by parabolic interpolation; NONE without a maximum.
     */
    static Estimate pick(double[] corr, int minLag, int top) {
        Estimate best = best(corr, minLag, top);
        if (Double.isNaN(best.periodSamples())) {
            return best;
        }
        int chosen = -1;
        for (int lag = minLag; lag < top && chosen < 0; lag++) {
            if (isPeak(corr, lag) && corr[lag] >= best.correlation() - NEAR_BEST) {
                chosen = lag;
            }
        }
        int doubled = peakNear(corr, 2 * chosen, top);
        if (doubled > 0 && corr[doubled] >= corr[chosen] + OCTAVE_GAIN) {
            chosen = doubled;
        }
        double a = corr[chosen - 1];
        double b = corr[chosen];
        double c = corr[chosen + 1];
        double den = a - 2 * b + c;
        double shift = den < 0 ? 0.5 * (a - c) / den : 0;
        return new Estimate(chosen + Math.max(-0.5, Math.min(0.5, shift)), b);
    }

    /** The local maximum within ±10 % of {@code lag}, or -1. */
    private static int peakNear(double[] corr, int lag, int top) {
        int lo = (int) Math.floor(lag * 0.9);
        int hi = Math.min(top - 1, (int) Math.ceil(lag * 1.1));
        int at = -1;
        for (int l = Math.max(1, lo); l <= hi; l++) {
            if (isPeak(corr, l) && (at < 0 || corr[l] > corr[at])) {
                at = l;
            }
        }
        return at;
    }

    private static boolean isPeak(double[] corr, int lag) {
        return corr[lag] > corr[lag - 1] && corr[lag] >= corr[lag + 1];
    }

    private static double pearson(double[] x, int end, int lag, int pairs, int step) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        int m = 0;
        for (int i = end - pairs; i < end; i += step) {
            double a = x[i];
            double b = x[i - lag];
            sx += a;
            sy += b;
            sxx += a * a;
            syy += b * b;
            sxy += a * b;
            m++;
        }
        double cov = sxy - sx * sy / m;
        double den = Math.sqrt((sxx - sx * sx / m) * (syy - sy * sy / m));
        return den > 1e-18 ? cov / den : 0;
    }
}
