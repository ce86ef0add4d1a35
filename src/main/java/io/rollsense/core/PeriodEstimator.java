package io.rollsense.core;

/**
 * Finds the stroke period in a window of an evenly sampled load signal by normalised
 * autocorrelation: for each lag the Pearson correlation between the window and itself shifted by
 * that lag (prefix sums make each lag one pass). The period is the shortest-lag local maximum
 * within {@link #NEAR_BEST} of the best one (so a multiple of the period is never preferred),
 * refined by parabolic interpolation. Hand-written rather than an FFT from Commons Math because
 * the Pearson form copes with a changing mean inside the window and only a narrow lag range is
 * needed. Not thread-safe (reuses its buffers).
 */
final class PeriodEstimator {
    /** A local maximum this close to the best one counts as just as good. */
    static final double NEAR_BEST = 0.12;

    private double[] prefix = new double[0];
    private double[] prefix2 = new double[0];
    private double[] corr = new double[0];

    /** Result: period in samples (fractional) and the correlation at it (-1..1); NaN period if none. */
    record Estimate(double periodSamples, double correlation) {
        static final Estimate NONE = new Estimate(Double.NaN, 0);
    }

    /**
     * Estimates the period of {@code x[from .. from+n)} over lags {@code minLag..maxLag} (both
     * inclusive, maxLag &lt; n - 2).
     */
    Estimate estimate(double[] x, int from, int n, int minLag, int maxLag) {
        if (minLag < 2 || maxLag <= minLag || maxLag >= n - 2) {
            return Estimate.NONE;
        }
        ensure(n, maxLag);
        prefix[0] = 0;
        prefix2[0] = 0;
        for (int i = 0; i < n; i++) {
            double v = x[from + i];
            prefix[i + 1] = prefix[i] + v;
            prefix2[i + 1] = prefix2[i] + v * v;
        }
        for (int lag = minLag - 1; lag <= maxLag + 1; lag++) {
            corr[lag] = pearson(x, from, n, lag);
        }
        double best = -2;
        for (int lag = minLag; lag <= maxLag; lag++) {
            if (isPeak(lag) && corr[lag] > best) {
                best = corr[lag];
            }
        }
        if (best <= -2) {
            return Estimate.NONE;
        }
        for (int lag = minLag; lag <= maxLag; lag++) {
            if (isPeak(lag) && corr[lag] >= best - NEAR_BEST) {
                double a = corr[lag - 1];
                double b = corr[lag];
                double c = corr[lag + 1];
                double den = a - 2 * b + c;
                double shift = den < 0 ? 0.5 * (a - c) / den : 0;
                return new Estimate(lag + Math.max(-0.5, Math.min(0.5, shift)), b);
            }
        }
        return Estimate.NONE;
    }

    private boolean isPeak(int lag) {
        return corr[lag] > corr[lag - 1] && corr[lag] >= corr[lag + 1];
    }

    private double pearson(double[] x, int from, int n, int lag) {
        int m = n - lag;
        double sxy = 0;
        for (int i = 0; i < m; i++) {
            sxy += x[from + i] * x[from + i + lag];
        }
        double sx = prefix[m];
        double sxx = prefix2[m];
        double sy = prefix[n] - prefix[lag];
        double syy = prefix2[n] - prefix2[lag];
        double cov = sxy - sx * sy / m;
        double vx = sxx - sx * sx / m;
        double vy = syy - sy * sy / m;
        double den = Math.sqrt(vx * vy);
        return den > 1e-12 ? cov / den : 0;
    }

    private void ensure(int n, int maxLag) {
        if (prefix.length < n + 1) {
            prefix = new double[n + 1];
            prefix2 = new double[n + 1];
        }
        if (corr.length < maxLag + 2) {
            corr = new double[maxLag + 2];
        }
    }
}
