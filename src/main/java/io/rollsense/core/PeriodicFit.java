package io.rollsense.core;

/**
 * How well a rhythm of a given period explains the recent signal: over the last whole number of
 * periods (at least {@code cycles}, and at least {@code minWindow} samples), the straight-line trend
 * is removed and the rest is fitted with the period's first two harmonics (a stroke is one up and one
 * back pass, so its load often rises twice, unequally). The share of the detrended variance the fit
 * explains ({@code r2}) says how periodic the signal is; the fitted waveform's peak-to-peak size
 * ({@code swing}) says how big the rhythm is; the fundamental's phase at the last sample lets strokes be
 * counted by phase rather than by threshold crossings.
 *
 * <p>Why a fit rather than an autocorrelation: comparing two noisy cycles with each other is a poor
 * test over only two cycles (a slow random push of a few % reaches correlations of 0.9 at some lag),
 * while a harmonic fit tests the signal against a clean periodic shape and is fooled only by noise
 * power at that very period. Not thread-safe: one per detector.
 */
final class PeriodicFit {
    /** Harmonics fitted. */
    static final int HARMONICS = Integer.getInteger("rhythm.harm", 2);
    private static final int SHAPE_POINTS = 32;

    /**
     * @param periodSamples period, samples (NaN when none)
     * @param r2            share of the detrended variance explained by the periodic fit, 0..1
     * @param swing         peak-to-peak of the fitted periodic waveform, signal units
     * @param phase         phase of the fundamental at the last sample, radians 0..2π
     */
    record Fit(double periodSamples, double r2, double swing, double phase, double fundamentalShare) {
        static final Fit NONE = new Fit(Double.NaN, 0, 0, 0, 0);

        boolean found() {
            return !Double.isNaN(periodSamples);
        }
    }

    private final double[] a = new double[HARMONICS + 1];
    private final double[] b = new double[HARMONICS + 1];
    private double[] r = new double[0];

    /** Window for a period: a whole number of periods, at least {@code cycles} and {@code minWindow} samples. */
    static int window(double period, double cycles, int minWindow) {
        double k = Math.max(cycles, Math.ceil(minWindow / period));
        return (int) Math.round(k * period);
    }

    /**
     * The fit of period {@code period} (samples) to the last samples of {@code x[0 .. n)}; NONE when
     * the window does not fit in the data.
     */
    Fit at(double[] x, int n, double period, double cycles, int minWindow) {
        int w = window(period, cycles, minWindow);
        if (w > n || w < 8) {
            return Fit.NONE;
        }
        int from = n - w;
        if (r.length < w) {
            r = new double[w];
        }
        // least-squares line over the window, then the residual
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        double ref = x[n - 1];
        for (int i = 0; i < w; i++) {
            double y = x[from + i] - ref;
            sx += i;
            sy += y;
            sxx += (double) i * i;
            sxy += i * y;
        }
        double den = w * sxx - sx * sx;
        double slope = den > 0 ? (w * sxy - sx * sy) / den : 0;
        double icpt = (sy - slope * sx) / w;
        double energy = 0;
        for (int i = 0; i < w; i++) {
            double v = x[from + i] - ref - icpt - slope * i;
            r[i] = v;
            energy += v * v;
        }
        if (!(energy > 1e-18)) {
            return Fit.NONE;
        }
        double explained = 0;
        double fundamental = 0;
        for (int h = 1; h <= HARMONICS; h++) {
            double step = 2 * Math.PI * h / period;
            double cs = Math.cos(step);
            double sn = Math.sin(step);
            double c = 1;
            double s = 0;
            double sumC = 0;
            double sumS = 0;
            for (int i = 0; i < w; i++) {
                sumC += r[i] * c;
                sumS += r[i] * s;
                double nc = c * cs - s * sn;
                s = s * cs + c * sn;
                c = nc;
            }
            a[h] = 2 * sumC / w;
            b[h] = 2 * sumS / w;
            explained += (sumC * sumC + sumS * sumS) * 2 / w;
            if (h % 2 == 1) {
                fundamental += (sumC * sumC + sumS * sumS) * 2 / w;
            }
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < SHAPE_POINTS; k++) {
            double th = 2 * Math.PI * k / SHAPE_POINTS;
            double v = 0;
            for (int h = 1; h <= HARMONICS; h++) {
                v += a[h] * Math.cos(h * th) + b[h] * Math.sin(h * th);
            }
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double phi = Math.atan2(b[1], a[1]);
        double phase = 2 * Math.PI * (w - 1) / period - phi;
        phase = phase - 2 * Math.PI * Math.floor(phase / (2 * Math.PI));
        return new Fit(period, Math.min(1, explained / energy), hi - lo, phase,
                explained > 0 ? fundamental / explained : 0);
    }

    /**
     * The best period between {@code minLag} and {@code maxLag} samples (a 4 % grid, then the peak
     * interpolated), or the one near half of it when that explains nearly as much ({@code halfTolerance}):
     * a rhythm of period P is also fitted by 2P's second harmonic. NONE when no period fits in the data.
     */
    Fit best(double[] x, int n, double minLag, double maxLag, double cycles, int minWindow, double halfTolerance) {
        int count = (int) Math.floor(Math.log(maxLag / minLag) / Math.log(GRID)) + 1;
        double bestR2 = -1;
        int bestK = -1;
        double[] r2s = grid(count);
        for (int k = 0; k < count; k++) {
            Fit f = at(x, n, minLag * Math.pow(GRID, k), cycles, minWindow);
            r2s[k] = f.found() && f.fundamentalShare() >= MIN_FUNDAMENTAL ? f.r2() : f.found() ? 0 : -1;
            if (r2s[k] > bestR2) {
                bestR2 = r2s[k];
                bestK = k;
            }
        }
        if (bestK < 0) {
            return Fit.NONE;
        }
        // a peak near half the best lag that is nearly as good wins (P, not 2P)
        double half = Math.log(2) / Math.log(GRID);
        int lo = (int) Math.max(0, Math.floor(bestK - half - 2));
        int hi = (int) Math.min(bestK - 1, Math.ceil(bestK - half + 2));
        for (int k = lo; k <= hi; k++) {
            if (r2s[k] >= bestR2 - halfTolerance && isPeak(r2s, k, count) && (bestK == -1 || k < bestK)) {
                bestK = k;
                break;
            }
        }
        double period = minLag * Math.pow(GRID, interpolate(r2s, bestK, count));
        return at(x, n, period, cycles, minWindow);
    }

    private static final double GRID = 1.04;
    /** A period whose own fundamental explains less than this share of its fit is really half of it. */
    static double MIN_FUNDAMENTAL = Double.parseDouble(System.getProperty("rhythm.fund", "0.1"));
    private double[] gridBuf = new double[0];

    private double[] grid(int count) {
        if (gridBuf.length < count) {
            gridBuf = new double[count];
        }
        return gridBuf;
    }

    private static boolean isPeak(double[] v, int k, int count) {
        return (k == 0 || v[k] >= v[k - 1]) && (k == count - 1 || v[k] >= v[k + 1]);
    }

    private static double interpolate(double[] v, int k, int count) {
        if (k == 0 || k == count - 1 || v[k - 1] < 0 || v[k + 1] < 0) {
            return k;
        }
        double den = v[k - 1] - 2 * v[k] + v[k + 1];
        double shift = den < 0 ? 0.5 * (v[k - 1] - v[k + 1]) / den : 0;
        return k + Math.max(-0.5, Math.min(0.5, shift));
    }
}
