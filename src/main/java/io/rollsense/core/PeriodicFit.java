package io.rollsense.core;

/**
 * How well a rhythm of a given period explains the recent signal: over the last whole number of
 * periods (at least {@code cycles}, and at least {@code minWindow} samples), a least-squares fit of a
 * straight line (drift, a slow push) plus the period's first two harmonics (a stroke is one up and one
 * back pass, so its load often rises twice, unequally). The share of the variance left after the line
 * that the harmonics explain ({@code r2}) says how periodic the signal is; the fitted waveform's peak-to-peak size
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
    static final int HARMONICS = 2;
    private static final int SHAPE_POINTS = 32;
    private static final double[][] COS = new double[HARMONICS + 1][SHAPE_POINTS];
    private static final double[][] SIN = new double[HARMONICS + 1][SHAPE_POINTS];

    static {
        for (int h = 1; h <= HARMONICS; h++) {
            for (int k = 0; k < SHAPE_POINTS; k++) {
                COS[h][k] = Math.cos(2 * Math.PI * h * k / SHAPE_POINTS);
                SIN[h][k] = Math.sin(2 * Math.PI * h * k / SHAPE_POINTS);
            }
        }
    }

    /**
     * @param periodSamples period, samples (NaN when none)
     * @param r2            share of the detrended variance explained by the periodic fit, 0..1
     * @param swing         peak-to-peak of the fitted periodic waveform, signal units
     * @param phase         phase of the fundamental at the last sample, radians 0..2π
     * @param fundamentalShare share of the fitted harmonics' power in odd harmonics: near 0 when the two
     *                      halves of the period are alike (the rhythm is really half this period)
     */
    record Fit(double periodSamples, double r2, double swing, double phase, double fundamentalShare) {
        static final Fit NONE = new Fit(Double.NaN, 0, 0, 0, 0);

        boolean found() {
            return !Double.isNaN(periodSamples);
        }
    }


    /** Window for a period in samples: {@link #cyclesIn} periods. */
    static int window(double period, double cycles, int minWindow) {
        return (int) Math.round(cyclesIn(period, cycles, minWindow) * period);
    }

    /**
     * A short period's window is stretched to {@code minWindow} samples, but to no more than this many
     * periods: enough samples for a fast stroke's fit, and a new fast pace is seen after 2.5 strokes.
     */
    static final double MOST_CYCLES = 2.5;

    /** Periods in the window of {@code period}: at least {@code cycles}; more up to {@code minWindow} samples or {@link #MOST_CYCLES}. */
    static double cyclesIn(double period, double cycles, int minWindow) {
        return Math.max(cycles, Math.min(MOST_CYCLES, Math.ceil(minWindow / period)));
    }

    /**
     * Long periods are fitted on every d-th sample, keeping at least this many per cycle: plenty for
     * two harmonics, and a 12 s stroke costs what a 2 s one does.
     */
    static final int SAMPLES_PER_CYCLE = 32;

    /**
     * The fit of period {@code period} (samples) to the last samples of {@code x[0 .. n)}; NONE when
     * the window does not fit in the data.
     */
    Fit at(double[] x, int n, double period, double cycles, int minWindow) {
        return at(x, n, period, cycles, minWindow, false);
    }

    /**
     * A least-squares fit of a line plus the period's harmonics over the window. With {@code cached}
     * the basis's inverse Gram matrix is kept (periods of the search grid recur every second).
     */
    private Fit at(double[] x, int n, double period, double cycles, int minWindow, boolean cached) {
        int d = Math.max(1, (int) Math.floor(period / SAMPLES_PER_CYCLE));
        double pe = period / d;
        int w = (int) Math.round(cyclesIn(period, cycles, minWindow) * pe);
        if ((long) (w - 1) * d + 1 > n || w < 8) {
            return Fit.NONE;
        }
        int from = n - 1 - (w - 1) * d;
        double[] inv = cached && INVERSES.size() < MAX_CACHED
                ? INVERSES.computeIfAbsent(key(pe, w), k -> inverses(pe, w)) : inverses(pe, w);
        java.util.Arrays.fill(proj, 0);
        double ref = x[n - 1];
        double sxx = 0;
        double mid = (w - 1) / 2.0;
        double step = 2 * Math.PI / pe;
        double cs = Math.cos(step);
        double sn = Math.sin(step);
        double c = 1;
        double sv = 0;
        for (int i = 0; i < w; i++) {
            double y = x[from + i * d] - ref;
            sxx += y * y;
            basis(i, mid, w, c, sv, row);
            for (int j = 0; j < K; j++) {
                proj[j] += row[j] * y;
            }
            double nc = c * cs - sv * sn;
            sv = sv * cs + c * sn;
            c = nc;
        }
        // the line alone (first two basis functions), then line and harmonics
        double lineFit = inv[K * K] * proj[0] * proj[0] + 2 * inv[K * K + 1] * proj[0] * proj[1]
                + inv[K * K + 2] * proj[1] * proj[1];
        for (int j = 0; j < K; j++) {
            double v = 0;
            for (int m = 0; m < K; m++) {
                v += inv[j * K + m] * proj[m];
            }
            beta[j] = v;
        }
        double fullFit = 0;
        for (int j = 0; j < K; j++) {
            fullFit += beta[j] * proj[j];
        }
        double detrended = sxx - lineFit;
        if (!(detrended > 1e-18)) {
            return Fit.NONE;
        }
        double explained = Math.max(0, fullFit - lineFit);
        double odd = 0;
        double all = 0;
        for (int h = 1; h <= HARMONICS; h++) {
            double e = beta[2 * h] * beta[2 * h] + beta[2 * h + 1] * beta[2 * h + 1];
            all += e;
            if (h % 2 == 1) {
                odd += e;
            }
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < SHAPE_POINTS; k++) {
            double v = 0;
            for (int h = 1; h <= HARMONICS; h++) {
                v += beta[2 * h] * COS[h][k] + beta[2 * h + 1] * SIN[h][k];
            }
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        // the fundamental is a cos(θ_i) + b sin(θ_i) = A cos(θ_i - φ), θ_i = step · i
        double phi = Math.atan2(beta[3], beta[2]);
        double phase = step * (w - 1) - phi;
        phase = phase - 2 * Math.PI * Math.floor(phase / (2 * Math.PI));
        return new Fit(period, Math.min(1, explained / detrended), hi - lo, phase, all > 0 ? odd / all : 0);
    }

    /** Number of basis functions: constant, line, and a cosine and sine per harmonic. */
    private static final int K = 2 + 2 * HARMONICS;
    private final double[] proj = new double[K];
    private final double[] beta = new double[K];
    private final double[] row = new double[K];
    private static final java.util.concurrent.ConcurrentHashMap<Long, double[]> INVERSES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Grid periods and windows recur; a bound keeps the shared cache small whatever happens (about 1 MB). */
    private static final int MAX_CACHED = 4000;

    private static long key(double period, int w) {
        return Double.doubleToLongBits(period) * 31 + w;
    }

    /** Basis functions at sample {@code i}: 1, centred time, cos/sin of each harmonic (from the fundamental's c, s). */
    private static void basis(int i, double mid, int w, double c, double s, double[] out) {
        out[0] = 1;
        out[1] = (i - mid) / w;
        double ch = c;
        double sh = s;
        for (int h = 1; h <= HARMONICS; h++) {
            out[2 * h] = ch;
            out[2 * h + 1] = sh;
            double nc = ch * c - sh * s;
            sh = sh * c + ch * s;
            ch = nc;
        }
    }

    /** The inverse Gram matrix of the basis (K × K), then the inverse of the line's 2 × 2 block. */
    private static double[] inverses(double period, int w) {
        double[] g = new double[K * K];
        double[] r = new double[K];
        double mid = (w - 1) / 2.0;
        double step = 2 * Math.PI / period;
        for (int i = 0; i < w; i++) {
            basis(i, mid, w, Math.cos(step * i), Math.sin(step * i), r);
            for (int a = 0; a < K; a++) {
                for (int b = 0; b < K; b++) {
                    g[a * K + b] += r[a] * r[b];
                }
            }
        }
        double[] out = new double[K * K + 3];
        double[] inv = invert(g);
        System.arraycopy(inv, 0, out, 0, K * K);
        double det = g[0] * g[K + 1] - g[1] * g[K];
        out[K * K] = g[K + 1] / det;
        out[K * K + 1] = -g[1] / det;
        out[K * K + 2] = g[0] / det;
        return out;
    }

    /** Gauss-Jordan inverse with partial pivoting (a near-singular basis gives a pseudo-solution of zeros). */
    private static double[] invert(double[] m) {
        double[] a = m.clone();
        double[] inv = new double[K * K];
        for (int i = 0; i < K; i++) {
            inv[i * K + i] = 1;
        }
        for (int col = 0; col < K; col++) {
            int piv = col;
            for (int r = col + 1; r < K; r++) {
                if (Math.abs(a[r * K + col]) > Math.abs(a[piv * K + col])) {
                    piv = r;
                }
            }
            if (Math.abs(a[piv * K + col]) < 1e-12) {
                continue;
            }
            for (int k = 0; k < K; k++) {
                double t = a[col * K + k];
                a[col * K + k] = a[piv * K + k];
                a[piv * K + k] = t;
                t = inv[col * K + k];
                inv[col * K + k] = inv[piv * K + k];
                inv[piv * K + k] = t;
            }
            double d = a[col * K + col];
            for (int k = 0; k < K; k++) {
                a[col * K + k] /= d;
                inv[col * K + k] /= d;
            }
            for (int r = 0; r < K; r++) {
                if (r != col) {
                    double f = a[r * K + col];
                    if (f != 0) {
                        for (int k = 0; k < K; k++) {
                            a[r * K + k] -= f * a[col * K + k];
                            inv[r * K + k] -= f * inv[col * K + k];
                        }
                    }
                }
            }
        }
        return inv;
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
        if (odd.length < count) {
            odd = new double[count];
        }
        for (int k = 0; k < count; k++) {
            Fit f = at(x, n, minLag * Math.pow(GRID, k), cycles, minWindow, true);
            boolean halfTooShort = minLag * Math.pow(GRID, k) < HALF_OUT * minLag; // half of it is faster than any stroke
            r2s[k] = f.found() && (f.fundamentalShare() >= MIN_FUNDAMENTAL || halfTooShort) ? f.r2() : f.found() ? 0 : -1;
            odd[k] = f.found() ? f.fundamentalShare() : 0;
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
        // a peak near twice the best lag whose two halves clearly differ is the stroke (a load that
        // rises twice per stroke, unequally); a pure repeat at half the period shows no such difference
        int dlo = (int) Math.floor(bestK + half - 2);
        int dhi = (int) Math.min(count - 1, Math.ceil(bestK + half + 2));
        int twice = -1;
        for (int k = Math.max(bestK + 1, dlo); k <= dhi; k++) {
            if (r2s[k] >= bestR2 - DOUBLE_TOLERANCE && odd[k] >= DOUBLE_FUNDAMENTAL && isPeak(r2s, k, count)
                    && (twice < 0 || r2s[k] > r2s[twice])) {
                twice = k;
            }
        }
        if (twice >= 0) {
            bestK = twice;
        }
        return refine(x, n, minLag * Math.pow(GRID, bestK), cycles, minWindow);
    }

    private double[] odd = new double[0];
    /** A period under this many minimum periods has its half out of range: it stands even when its halves are alike. */
    static final double HALF_OUT = 2;
    /** A period twice the best may fit this much worse and still win, when its halves differ. */
    static final double DOUBLE_TOLERANCE = 0.1;
    /** Share of a fit in odd harmonics that shows its two halves differ (a whole stroke, not two). */
    static final double DOUBLE_FUNDAMENTAL = 0.25;

    /**
     * The best period within one grid step of {@code coarse}, on a fine grid (0.4 %) with the peak
     * interpolated: the coarse grid only finds the peak, which is broad over two cycles.
     */
    /** As {@link #refine} around the coarse grid period nearest {@code period} (so the fits are cached). */
    Fit refineNear(double[] x, int n, double period, double minLag, double cycles, int minWindow) {
        long k = Math.round(Math.log(period / minLag) / Math.log(GRID));
        return refine(x, n, minLag * Math.pow(GRID, k), cycles, minWindow);
    }

    private Fit refine(double[] x, int n, double coarse, double cycles, int minWindow) {
        int steps = FINE_STEPS;
        double[] v = fine;
        int best = steps;
        for (int k = 0; k <= 2 * steps; k++) {
            Fit f = at(x, n, coarse * Math.pow(FINE, k - steps), cycles, minWindow, true);
            v[k] = f.found() ? f.r2() : -1;
            if (v[k] > v[best]) {
                best = k;
            }
        }
        double period = coarse * Math.pow(FINE, interpolate(v, best, v.length) - steps);
        return at(x, n, period, cycles, minWindow);
    }

    private static final double FINE = 1.008;
    private static final int FINE_STEPS = 5;
    private final double[] fine = new double[2 * FINE_STEPS + 1];

    private static final double GRID = 1.06;
    /** A period whose own fundamental explains less than this share of its fit is really half of it. */
    static final double MIN_FUNDAMENTAL = 0.15;
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
