package io.rollsense.core;

import uk.me.berndporr.iirj.Butterworth;

/**
 * Rolling rhythm from pressure alone. The stroke shows as the total load rising and falling as the
 * device travels along the back. The load is low-passed (iirj Butterworth, 2 Hz) at the frame rate
 * and averaged into 100 ms bins of device time, so the detector works the same from 20 to 200 Hz
 * and across dropped frames. Then:
 * <ul>
 *   <li>once per second, the period is estimated by autocorrelation ({@link PeriodEstimator}) over
 *       8, 16 or 32 s windows, the shortest window that shows a clear rhythm winning (fast response
 *       to cadence changes, still able to see 5 strokes/min), then sharpened on a window of five
 *       periods; the cadence is the median of the last three estimates;</li>
 *   <li>strokes are counted by a Schmitt trigger on the load minus its mean over one period, with
 *       thresholds that follow the stroke amplitude and a refractory time of half a period;</li>
 *   <li>"not rolling" when no clear rhythm, no stroke for 1.6 periods, or the load range over the
 *       last half period is below twice the trigger band (pauses, holds, getting up).</li>
 * </ul>
 * Pure and deterministic; not thread-safe.
 */
final class RhythmDetector {
    static final long BIN_MS = 100;
    static final double MIN_SPM = 5;
    static final double MAX_SPM = 45;
    /** Autocorrelation needed to call a window rhythmic. */
    static final double MIN_CORRELATION = 0.5;
    private static final int[] WINDOWS = {80, 160, 320};
    private static final int MIN_LAG = (int) Math.floor(600.0 / MAX_SPM);   // 13 bins = 1.3 s
    private static final int MAX_LAG = (int) Math.ceil(600.0 / MIN_SPM);    // 120 bins = 12 s
    private static final int CAPACITY = 640;
    private static final double REFINE_PERIODS = 5;
    private static final int DEFAULT_BASELINE = 20;

    private final Butterworth lowPass = new Butterworth();
    private final PeriodEstimator estimator = new PeriodEstimator();
    private final double[] bins = new double[CAPACITY];
    private int count;           // valid samples in bins[0..count)
    private long total;          // samples ever pushed
    private long binIndex = Long.MIN_VALUE;
    private double binSum;
    private int binFrames;
    private long nextCadenceMs = 1000;

    private double periodBins = Double.NaN;   // NaN = unknown
    private double correlation;
    private final double[] recentSpm = new double[3];
    private int recentCount;
    private boolean rolling;
    private double spm;

    // Schmitt trigger
    private boolean armed;
    private double amplitude;
    private long lastStrokeSample = Long.MIN_VALUE / 2;
    private double band;
    private long strokes;

    RhythmDetector(double rateHz) {
        lowPass.lowPass(2, rateHz, Math.min(2.0, rateHz * 0.2));
    }

    long strokes() {
        return strokes;
    }

    /** One frame: its time (ms since first frame) and measured total load (kPa). */
    void onFrame(long timeMs, double totalKpa, EventSink sink) {
        double smooth = lowPass.filter(totalKpa);
        long idx = Math.floorDiv(timeMs, BIN_MS);
        if (binIndex == Long.MIN_VALUE) {
            binIndex = idx;
        }
        if (idx != binIndex) {
            double value = binSum / Math.max(1, binFrames);
            for (long b = binIndex; b < idx; b++) {
                push(value, (b + 1) * BIN_MS, sink);
            }
            binIndex = idx;
            binSum = 0;
            binFrames = 0;
        }
        binSum += smooth;
        binFrames++;
        while (timeMs >= nextCadenceMs) {
            emitCadence(nextCadenceMs, sink);
            nextCadenceMs += 1000;
        }
    }

    private void push(double value, long endMs, EventSink sink) {
        if (count == CAPACITY) {
            System.arraycopy(bins, CAPACITY / 2, bins, 0, CAPACITY / 2);
            count = CAPACITY / 2;
        }
        bins[count++] = value;
        total++;
        strokeTrigger(endMs, sink);
    }

    private void strokeTrigger(long endMs, EventSink sink) {
        int base = Double.isNaN(periodBins) ? DEFAULT_BASELINE : (int) Math.round(periodBins);
        if (count < base) {
            return;
        }
        int smoothN = Math.max(1, base / 6);
        double mean = mean(count - base, base);
        double d = mean(count - smoothN, smoothN) - mean;
        amplitude += (Math.abs(d) - amplitude) / base;
        band = Math.max(0.5 * amplitude, minBand(mean));
        if (d < -band) {
            armed = true;
        } else if (armed && d > band && total - lastStrokeSample >= base / 2) {
            armed = false;
            lastStrokeSample = total;
            strokes++;
            sink.accept(new AnalysisEvent.Stroke(endMs));
        }
    }

    /** The smallest trigger band: 3 % of the mean load, at least 0.3 kPa (noise and breathing). */
    private static double minBand(double meanKpa) {
        return Math.max(0.3, 0.03 * Math.abs(meanKpa));
    }

    private void emitCadence(long atMs, EventSink sink) {
        estimate();
        sink.accept(new AnalysisEvent.Cadence(atMs, rolling ? spm : null, rolling ? clamp01(correlation) : 0));
    }

    private void estimate() {
        PeriodEstimator.Estimate best = PeriodEstimator.Estimate.NONE;
        for (int w : WINDOWS) {
            int n = Math.min(w, count);
            int maxLag = Math.min(MAX_LAG, (int) (n / 2.5));
            if (maxLag <= MIN_LAG) {
                break;
            }
            PeriodEstimator.Estimate e = estimator.estimate(bins, count - n, n, MIN_LAG, maxLag);
            if (!Double.isNaN(e.periodSamples()) && e.correlation() >= MIN_CORRELATION
                    && e.periodSamples() < maxLag) {
                best = refine(e);
                break;
            }
            if (n < w) {
                break;
            }
        }
        boolean rhythmic = !Double.isNaN(best.periodSamples());
        if (rhythmic) {
            periodBins = best.periodSamples();
            correlation = best.correlation();
        }
        boolean moving = rhythmic && total - lastStrokeSample <= 1.6 * periodBins
                && recentRange((int) Math.max(10, Math.round(periodBins / 2))) >= 2 * band;
        if (moving) {
            double now = 600.0 / periodBins;
            recentSpm[recentCount % 3] = now;
            recentCount++;
            spm = recentCount >= 3 ? median3() : now;
        } else {
            recentCount = 0;
        }
        rolling = moving;
        if (!rhythmic) {
            periodBins = Double.NaN;
        }
    }

    /**
     * Sharpens an estimate on a window of {@link #REFINE_PERIODS} periods (when that much data is
     * there): more cycles give a sharper autocorrelation peak. Searches only near the estimate.
     */
    private PeriodEstimator.Estimate refine(PeriodEstimator.Estimate e) {
        int n = (int) Math.min(count, Math.min(WINDOWS[WINDOWS.length - 1], Math.round(REFINE_PERIODS * e.periodSamples())));
        int lo = Math.max(2, (int) Math.floor(e.periodSamples() * 0.8));
        int hi = (int) Math.ceil(e.periodSamples() * 1.2);
        if (hi >= n / 2) {
            return e;
        }
        PeriodEstimator.Estimate r = estimator.estimate(bins, count - n, n, lo, hi);
        return Double.isNaN(r.periodSamples()) || r.correlation() < MIN_CORRELATION ? e : r;
    }

    private double median3() {
        double a = recentSpm[0];
        double b = recentSpm[1];
        double c = recentSpm[2];
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private double recentRange(int n) {
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

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
