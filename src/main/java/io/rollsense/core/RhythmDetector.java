package io.rollsense.core;

import uk.me.berndporr.iirj.Butterworth;

/**
 * Rolling rhythm from pressure alone. A stroke shows in how much load there is (the back is
 * heavier at one end of the travel), and in how it is spread across the device (the muscle ridges
 * move apart and together along the back; the centre of pressure sways on a ball pad). So three
 * candidate signals are followed: total load, lateral centre of pressure and lateral spread (the
 * load-weighted standard deviation of taxel position), plus each taxel's own load on devices with
 * at most {@link #FEW_TAXELS} taxels (a ball pad says little through its sums). Each is low-passed (iirj Butterworth, 2 Hz)
 * at the frame rate and averaged into 100 ms bins of device time, so the detector works the same
 * from 20 to 200 Hz and across dropped frames. Then:
 * <ul>
 *   <li>once per second, each signal's period is estimated by autocorrelation
 *       ({@link PeriodEstimator}) over 8, 16 or 32 s windows, the shortest window that shows a
 *       clear rhythm winning, then sharpened on five periods; the most periodic signal is used and
 *       the cadence is the median of the last three estimates;</li>
 *   <li>strokes are counted by a Schmitt trigger ({@link RhythmTrack}) on the chosen signal minus its
 *       mean over one period, with a band that follows the stroke amplitude and a refractory time
 *       of half a period; {@link StrokeCounter} holds strokes back until the rhythm is confirmed
 *       and fills in cycles the trigger missed while it holds;</li>
 *   <li>"not rolling" when no clear rhythm, no stroke for 1.6 periods, or the signal's range over
 *       the last half period is below twice the trigger band (pauses, holds, getting up).</li>
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
    private static final double REFINE_PERIODS = 5;
    /** A window of n bins looks for periods up to n / LAG_RATIO bins (two and a half cycles). */
    private static final double LAG_RATIO = 2.5;
    /** Consecutive rhythmic seconds before "rolling" is reported (an isolated hit is not a rhythm). */
    private static final int CONFIRM_SECONDS = 2;
    /** Devices with at most this many taxels also follow each taxel's own load. */
    static final int FEW_TAXELS = 3;
    private final int signals;
    private final Butterworth[] lowPass;
    private final RhythmTrack[] tracks;
    private final PeriodEstimator estimator = new PeriodEstimator();
    private final double[] scratch = new double[RhythmTrack.CAPACITY];
    private final double[] magnitudes = new double[RhythmTrack.CAPACITY];
    /** Differences beyond this many times their median magnitude are clipped before autocorrelation. */
    private static final double CLIP = 4;
    /** The last period must swing at least this share of the periods before it (else: stopped). */
    private static final double STILL_TYPICAL = 0.3;
    private final double[] binSums;
    private final double[] last;
    private final double[] smooth;
    private long binIndex = Long.MIN_VALUE;
    private int binFrames;
    /** Next whole second to report; set by the first frame (a timeline continued after a new hello starts late). */
    private long nextCadenceMs = Long.MIN_VALUE;

    private int chosen;
    private double periodBins = Double.NaN;   // NaN = unknown
    private double correlation;
    private final double[] recentSpm = new double[3];
    private int recentCount;
    private boolean rolling;
    private double spm;
    private final StrokeCounter counter = new StrokeCounter();
    private long seconds;

    RhythmDetector(double rateHz, int channels) {
        int taxelTracks = channels <= FEW_TAXELS ? channels : 0;
        signals = 3 + taxelTracks;
        tracks = new RhythmTrack[signals];
        tracks[0] = new RhythmTrack(0.3, 0.03);   // total load, kPa
        tracks[1] = new RhythmTrack(0.5, 0);      // centre of pressure, mm
        tracks[2] = new RhythmTrack(0.3, 0);      // spread, mm
        for (int s = 3; s < signals; s++) {
            tracks[s] = new RhythmTrack(0.3, 0.03);   // one taxel's load, kPa
        }
        lowPass = new Butterworth[signals];
        binSums = new double[signals];
        last = new double[signals];
        smooth = new double[signals];
        for (int s = 0; s < signals; s++) {
            lowPass[s] = new Butterworth();
            lowPass[s].lowPass(2, rateHz, Math.min(2.0, rateHz * 0.2));
        }
    }

    long strokes() {
        return counter.strokes();
    }

    /**
     * One frame.
     *
     * @param timeMs   ms since first frame
     * @param totalKpa measured total load, kPa
     * @param copMm    lateral centre of pressure, mm (NaN when unloaded: the last value is held)
     * @param spreadMm lateral spread, mm (NaN when unloaded: held)
     * @param taxelKpa glitch-free pressure per taxel, kPa (followed on devices with few taxels)
     */
    void onFrame(long timeMs, double totalKpa, double copMm, double spreadMm, double[] taxelKpa, EventSink sink) {
        if (!Double.isNaN(copMm)) {
            last[1] = copMm;
            last[2] = spreadMm;
        }
        last[0] = totalKpa;
        for (int s = 3; s < signals; s++) {
            last[s] = taxelKpa[s - 3];
        }
        for (int s = 0; s < signals; s++) {
            smooth[s] = lowPass[s].filter(last[s]);
        }
        long idx = Math.floorDiv(timeMs, BIN_MS);
        if (binIndex == Long.MIN_VALUE) {
            binIndex = idx;
        }
        if (idx != binIndex) {
            for (long b = binIndex; b < idx; b++) {
                push((b + 1) * BIN_MS, sink);
            }
            binIndex = idx;
            java.util.Arrays.fill(binSums, 0);
            binFrames = 0;
        }
        for (int s = 0; s < signals; s++) {
            binSums[s] += smooth[s];
        }
        binFrames++;
        if (nextCadenceMs == Long.MIN_VALUE) {
            nextCadenceMs = Math.max(1000, Math.floorDiv(timeMs, 1000) * 1000 + 1000);
        }
        while (timeMs >= nextCadenceMs) {
            emitCadence(nextCadenceMs, sink);
            nextCadenceMs += 1000;
        }
    }

    private void push(long endMs, EventSink sink) {
        int n = Math.max(1, binFrames);
        for (int s = 0; s < signals; s++) {
            double p = s == chosen ? periodBins : Double.NaN;
            boolean crossed = tracks[s].push(binSums[s] / n, Double.isNaN(p) ? periodBins : p);
            if (crossed && s == chosen) {
                counter.crossing(endMs, rolling, periodBins * BIN_MS, sink);
            }
        }
    }

    /**
     * Whether an estimated cadence is one this detector follows: 5–45 strokes/min, with a little slack
     * for jitter and sub-bin interpolation at the edges (the reported median is clamped to 5–45).
     */
    private static boolean inRange(double estimatedSpm) {
        return estimatedSpm >= MIN_SPM - 1 && estimatedSpm <= MAX_SPM + 3;
    }

    private void emitCadence(long atMs, EventSink sink) {
        seconds++;
        estimate();
        counter.settle(atMs, rolling, sink);
        sink.accept(new AnalysisEvent.Cadence(atMs, rolling ? spm : null, rolling ? clamp01(correlation) : 0));
    }

    private void estimate() {
        PeriodEstimator.Estimate best = PeriodEstimator.Estimate.NONE;
        int bestSignal = chosen;
        for (int s = 0; s < signals; s++) {
            PeriodEstimator.Estimate e = estimate(tracks[s]);
            if (!Double.isNaN(e.periodSamples())
                    && tracks[s].recentRange((int) Math.round(e.periodSamples())) < 2 * tracks[s].floor()) {
                e = PeriodEstimator.Estimate.NONE; // periodic but too small to be a stroke (rounding, noise)
            }
            if (!Double.isNaN(e.periodSamples()) && (Double.isNaN(best.periodSamples())
                    || e.correlation() > best.correlation() + (s == chosen ? -0.05 : 0.05))) {
                best = e;
                bestSignal = s;
            }
        }
        boolean rhythmic = !Double.isNaN(best.periodSamples()) && inRange(600.0 / best.periodSamples());
        if (rhythmic) {
            periodBins = best.periodSamples();
            correlation = best.correlation();
            chosen = bestSignal;
        }
        RhythmTrack t = tracks[chosen];
        boolean moving = rhythmic && t.total - t.lastCrossing <= 1.6 * periodBins
                && t.recentRange((int) Math.max(10, Math.round(periodBins / 2))) >= 2 * t.band
                && t.rangeStillTypical((int) Math.round(periodBins), STILL_TYPICAL);
        if (moving) {
            recentSpm[recentCount % 3] = 600.0 / periodBins;
            recentCount++;
            spm = Math.max(MIN_SPM, Math.min(MAX_SPM, recentCount >= 3 ? median3() : 600.0 / periodBins));
        } else {
            recentCount = 0;
        }
        rolling = moving && recentCount >= CONFIRM_SECONDS;
        if (!rhythmic) {
            periodBins = Double.NaN;
        }
    }

    /**
     * The track's period: the shortest window with a clear rhythm. A track flatter than its trigger
     * floor is skipped (it could not pass the stroke-size check anyway), and the 32 s window, only
     * needed below about 9 strokes/min, is tried every third second unless it found the last rhythm
     * (this keeps the analyzer well under a microsecond per frame), and only counts for periods the
     * 16 s window cannot see: a faster rhythm found only there is an old one, before a hold.
     */
    private PeriodEstimator.Estimate estimate(RhythmTrack t) {
        if (t.recentRange(WINDOWS[WINDOWS.length - 1]) < 2 * t.floor()) {
            return PeriodEstimator.Estimate.NONE;
        }
        for (int wi = 0; wi < WINDOWS.length; wi++) {
            int w = WINDOWS[wi];
            if (wi == WINDOWS.length - 1 && t.lastWindow != wi && seconds % 3 != 0) {
                break;
            }
            int n = Math.min(w, t.count);
            int maxLag = Math.min(MAX_LAG, (int) (n / LAG_RATIO));
            if (maxLag <= MIN_LAG) {
                break;
            }
            PeriodEstimator.Estimate e = estimator.estimate(clipped(t, n), 0, n, MIN_LAG, maxLag);
            boolean slowEnough = wi < WINDOWS.length - 1 || e.periodSamples() > WINDOWS[wi - 1] / LAG_RATIO;
            if (!Double.isNaN(e.periodSamples()) && e.correlation() >= MIN_CORRELATION
                    && e.periodSamples() < maxLag && slowEnough) {
                t.lastWindow = wi;
                return refine(t, e);
            }
            if (n < w) {
                break;
            }
        }
        t.lastWindow = -1;
        return PeriodEstimator.Estimate.NONE;
    }

    /**
     * Sharpens an estimate on a window of {@link #REFINE_PERIODS} periods (when that much data is
     * there): more cycles give a sharper autocorrelation peak. Searches only near the estimate.
     */
    private PeriodEstimator.Estimate refine(RhythmTrack t, PeriodEstimator.Estimate e) {
        int n = (int) Math.min(t.count, Math.min(WINDOWS[WINDOWS.length - 1],
                Math.round(REFINE_PERIODS * e.periodSamples())));
        int lo = Math.max(2, (int) Math.floor(e.periodSamples() * 0.8));
        int hi = (int) Math.ceil(e.periodSamples() * 1.2);
        if (hi >= n / 2) {
            return e;
        }
        PeriodEstimator.Estimate r = estimator.estimate(clipped(t, n), 0, n, lo, hi);
        return Double.isNaN(r.periodSamples()) || r.correlation() < MIN_CORRELATION ? e : r;
    }

    /**
     * The last {@code n} differences of a track, clipped to {@link #CLIP} times their median
     * magnitude: a sudden step (pressing hard, shifting onto the spine, lying down) is one huge
     * difference that would otherwise swamp the autocorrelation for a whole window.
     */
    private double[] clipped(RhythmTrack t, int n) {
        System.arraycopy(t.diffs, t.count - n, scratch, 0, n);
        for (int i = 0; i < n; i++) {
            magnitudes[i] = Math.abs(scratch[i]);
        }
        java.util.Arrays.sort(magnitudes, 0, n);
        double limit = CLIP * magnitudes[n / 2];
        if (limit > 0) {
            for (int i = 0; i < n; i++) {
                scratch[i] = Math.max(-limit, Math.min(limit, scratch[i]));
            }
        }
        return scratch;
    }

    private double median3() {
        double a = recentSpm[0];
        double b = recentSpm[1];
        double c = recentSpm[2];
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
