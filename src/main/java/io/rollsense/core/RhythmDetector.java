package io.rollsense.core;

/**
 * Rolling rhythm from pressure alone, on any device, unit and rate. Each frame's glitch-free
 * per-taxel readings are averaged into 100 ms bins of device time (so 20 Hz and 1000 Hz look alike
 * and dropped frames do not matter) and turned into candidate signals ({@link RhythmFeatures}:
 * relative total load, lateral centre of pressure, the dominant pattern of how the load is shared
 * between taxels), each followed by a {@link FeatureTrack}. Then, once per second of device time:
 * <ul>
 *   <li><b>period</b>: each signal's period by autocorrelation with a lag-dependent window
 *       ({@link PeriodEstimator}: a new pace shows after about two of its strokes, 5 spm on about 30 s);</li>
 *   <li><b>is it rolling?</b> A signal counts when it is periodic (correlation ≥ {@link #MIN_CORRELATION})
 *       and its swing over a period is as large as rolling makes it ({@link RhythmGates}): lying still,
 *       breathing and slow sway are periodic too, but small. The most periodic signal that passes is
 *       followed; two such seconds in a row start "rolling";</li>
 *   <li><b>keeping it</b>: when no signal passes for a moment (an alert episode, a lift-off, a
 *       sideways drift) while the followed signal still swings, the last cadence is kept for
 *       {@link #HANG_OVER_PERIODS} periods; when its swing collapses (the person stopped), rolling ends
 *       at once;</li>
 *   <li><b>cadence</b>: 60 / period, the median of the last three estimates, except after a change of
 *       pace (the last two agree and differ from that median by more than 10 %): then the newest.</li>
 * </ul>
 * Strokes: a {@link StrokeTrigger} on the followed signal, through {@link StrokeCounter} (held until
 * the rhythm is confirmed, missed cycles filled in). Pure and deterministic; not thread-safe.
 */
final class RhythmDetector {
    static final long BIN_MS = 100;
    static final double MIN_SPM = 5;
    static final double MAX_SPM = 45;
    static final double MIN_CORRELATION = 0.55;
    static final double HANG_OVER_PERIODS = 1.0;
    /** Shortest hang-over, bins. */
    static final double HANG_OVER_MIN_BINS = 30;
    /** The last period must swing at least this share of what rolling swung (else: stopped). */
    static final double STOPPED_SHARE = 0.3;
    private static final int MIN_LAG = (int) Math.floor(600.0 / (MAX_SPM + 3));
    private static final int MAX_LAG = (int) Math.ceil(600.0 / (MIN_SPM - 0.5));
    private static final int MIN_PAIRS = 30;
    /** Periods of signal behind a steady-state cadence. */
    private static final double REFINE_PERIODS = 4;

    private static final boolean DEBUG = Boolean.getBoolean("rhythm.debug");
    private final StringBuilder dbg = new StringBuilder();
    private final RhythmFeatures features;
    private final FeatureTrack[] tracks;
    private final RhythmGates gates;
    private final StrokeTrigger trigger = new StrokeTrigger();
    private final StrokeCounter counter = new StrokeCounter();
    private final double[][] curves;
    private final double[] joint = new double[MAX_LAG + 2];
    private final int[] tops;
    private final boolean[] periodic;
    private final boolean[] gated;
    private final double[] swings;
    private final double[] binSums;
    private final double[] binMeans;
    /** Bins after the start or a gap whose readings may still carry the glitch filter's start-up. */
    private static final int SETTLE_BINS = 3;
    private long lastFrameMs = Long.MIN_VALUE;
    private long settledFromBin;
    private long binIndex = Long.MIN_VALUE;
    private int binFrames;
    /** Next whole second to report; set by the first frame (a timeline continued after a new hello starts late). */
    private long nextCadenceMs = Long.MIN_VALUE;

    private int chosen;
    private double periodBins = Double.NaN;
    private double correlation;
    private double swing;
    private int evidence;
    private double sinceEvidenceBins;
    /** Period of the last second with evidence, bins. */
    private double candidate;
    private double sinceRollingBins = Double.POSITIVE_INFINITY;
    private boolean rolling;
    private double spm;
    private final double[] recentSpm = new double[3];
    private int recentCount;

    /**
     * @param positionsMm lateral taxel positions, mm
     * @param zeroUnknown true for an uncalibrated raw device (see {@link RhythmFeatures})
     */
    RhythmDetector(double[] positionsMm, boolean zeroUnknown) {
        int n = positionsMm.length;
        features = new RhythmFeatures(positionsMm, zeroUnknown);
        tracks = new FeatureTrack[features.count];
        for (int s = 0; s < tracks.length; s++) {
            tracks[s] = new FeatureTrack();
        }
        gates = new RhythmGates(features.count);
        curves = new double[features.count][MAX_LAG + 2];
        tops = new int[features.count];
        periodic = new boolean[features.count];
        gated = new boolean[features.count];
        swings = new double[features.count];
        binSums = new double[n];
        binMeans = new double[n];
    }

    long strokes() {
        return counter.strokes();
    }

    /**
     * One frame.
     *
     * @param timeMs ms since the first frame
     * @param taxels glitch-free reading per taxel, analyzer units (kPa, or counts on an uncalibrated raw device)
     */
    void onFrame(long timeMs, double[] taxels, EventSink sink) {
        long idx = Math.floorDiv(timeMs, BIN_MS);
        if (lastFrameMs == Long.MIN_VALUE || timeMs - lastFrameMs > Analyzer.GAP_RESET_MS) {
            settledFromBin = idx + SETTLE_BINS;
        }
        lastFrameMs = timeMs;
        if (binIndex == Long.MIN_VALUE) {
            binIndex = idx;
        }
        if (idx != binIndex) {
            if (binFrames > 0) {
                for (int i = 0; i < binSums.length; i++) {
                    binMeans[i] = binSums[i] / binFrames;
                }
            }
            for (long b = binIndex; b < idx; b++) {
                push((b + 1) * BIN_MS, sink);
            }
            binIndex = idx;
            java.util.Arrays.fill(binSums, 0);
            binFrames = 0;
        }
        for (int i = 0; i < binSums.length; i++) {
            binSums[i] += taxels[i];
        }
        binFrames++;
        if (nextCadenceMs == Long.MIN_VALUE) {
            nextCadenceMs = Math.max(1000, Math.floorDiv(timeMs, 1000) * 1000 + 1000);
        }
        while (timeMs >= nextCadenceMs) {
            decide(nextCadenceMs, sink);
            nextCadenceMs += 1000;
        }
    }

    private void push(long endMs, EventSink sink) {
        features.compute(binMeans, endMs / BIN_MS > settledFromBin);
        for (int s = 0; s < tracks.length; s++) {
            tracks[s].push(features.values[s]);
        }
        if (!Double.isNaN(periodBins)
                && trigger.push(tracks[chosen], periodBins, Math.max(0.2 * swing, gates.floor(chosen)))) {
            counter.crossing(endMs, rolling, periodBins * BIN_MS, sink);
        }
    }

    private void decide(long atMs, EventSink sink) {
        boolean anyGate = false;
        int used = 0;
        java.util.Arrays.fill(joint, 0);
        int jointTop = Integer.MAX_VALUE;
        for (int s = 0; s < tracks.length; s++) {
            FeatureTrack t = tracks[s];
            int top = PeriodEstimator.curve(t.band, t.slowBand, t.count, (int) Math.min(t.count, t.total), MIN_LAG, MAX_LAG,
                    MIN_PAIRS, curves[s]);
            PeriodEstimator.Estimate own = PeriodEstimator.best(curves[s], MIN_LAG, top);
            periodic[s] = !Double.isNaN(own.periodSamples()) && own.correlation() >= MIN_CORRELATION;
            swings[s] = t.detrendedRange((int) Math.round(periodic[s] ? 1.25 * own.periodSamples() : 120));
            gated[s] = periodic[s] && gates.passes(s, swings[s]);
            anyGate |= gated[s];
            if (DEBUG && periodic[s]) {
                dbg.append(String.format(java.util.Locale.ROOT, " f%d %.1f/%.2f/%.3f%s", s,
                        600 / own.periodSamples(), own.correlation(), swings[s], gated[s] ? "" : "x"));
            }
            tops[s] = top;
        }
        PeriodEstimator.Estimate e = PeriodEstimator.Estimate.NONE;
        if (anyGate) {
            for (int s = 0; s < tracks.length; s++) {
                if (gated[s] || (s == RhythmFeatures.PATTERN && periodic[s])) {
                    used++;
                    jointTop = Math.min(jointTop, tops[s]);
                    for (int lag = MIN_LAG - 1; lag <= tops[s]; lag++) {
                        joint[lag] += curves[s][lag];
                    }
                }
            }
            for (int lag = MIN_LAG - 1; lag <= jointTop; lag++) {
                joint[lag] /= used;
            }
            e = PeriodEstimator.pick(joint, MIN_LAG, jointTop);
        }
        double est = 600.0 / e.periodSamples();
        boolean rhythmic = !Double.isNaN(e.periodSamples()) && e.correlation() >= MIN_CORRELATION
                && est >= MIN_SPM - 0.5 && est <= MAX_SPM + 3 && !staleMultiple(e.periodSamples());
        int follow = -1;
        if (rhythmic) {
            int lag = (int) Math.round(e.periodSamples());
            for (int s = 0; s < tracks.length; s++) {
                if ((gated[s] || s == RhythmFeatures.PATTERN && periodic[s])
                        && (follow < 0 || curves[s][lag] + (s == chosen ? 0.05 : 0) > curves[follow][lag])) {
                    follow = s;
                }
            }
            double full = tracks[follow].detrendedRange((int) Math.round(1.25 * e.periodSamples()));
            double recent = tracks[follow].detrendedRange((int) Math.max(10, Math.round(0.5 * e.periodSamples())));
            rhythmic = recent >= STOPPED_SHARE * full;
        }
        if (rhythmic) {
            if (follow != chosen) {
                trigger.reset();
            }
            chosen = follow;
            periodBins = e.periodSamples();
            correlation = e.correlation();
            swing = tracks[chosen].detrendedRange((int) Math.round(1.25 * periodBins));
            evidence = evidence > 0 && Math.abs(e.periodSamples() - candidate) <= 0.15 * candidate ? evidence + 1 : 1;
            candidate = e.periodSamples();
            sinceEvidenceBins = 0;
            if (rolling) {
                gates.learn(chosen, swing);
            }
            addEstimate(refined(est));
            if (evidence >= 2 || sinceRollingBins <= HANG_OVER_MIN_BINS) {
                rolling = true;
            }
        } else {
            evidence = 0;
            sinceEvidenceBins += 10;
            if (rolling && sinceEvidenceBins > Math.max(HANG_OVER_MIN_BINS, HANG_OVER_PERIODS * 600 / spm)) {
                rolling = false;
            }
        }
        if (rolling) {
            double recent = tracks[chosen].detrendedRange((int) Math.max(20, Math.round(0.6 * 600 / spm)));
            if (recent < STOPPED_SHARE * swing) {
                rolling = false;
                evidence = 0;
            }
        }
        sinceRollingBins = rolling ? 0 : sinceRollingBins + 10;
        if (!rolling) {
            recentCount = evidence > 0 ? recentCount : 0;
            if (sinceEvidenceBins > 3 * periodBins) {
                periodBins = Double.NaN;
            }
        }
        if (DEBUG) {
            System.err.println((atMs / 1000) + (rolling ? String.format(java.util.Locale.ROOT, " R%.1f", spm) : " -")
                    + String.format(java.util.Locale.ROOT, " J%.1f/%.2f", est, e.correlation()) + " c" + chosen + dbg);
            dbg.setLength(0);
        }
        long keepMs = Double.isNaN(periodBins) ? 0 : Math.round((evidence + 1) * 1000 + 1.5 * periodBins * BIN_MS);
        counter.settle(atMs, rolling, keepMs, sink);
        sink.accept(new AnalysisEvent.Cadence(atMs, rolling ? spm : null,
                rolling ? Math.max(0, Math.min(1, correlation)) : 0));
    }

    /**
     * Whether a period is about 2–5 times the one being reported: while rolling, that is the old rhythm
     * still filling the long lags' windows after the person stopped (or a sub-harmonic), not a new pace.
     */
    private boolean staleMultiple(double period) {
        if (!rolling) {
            return false;
        }
        double ratio = period / (600 / spm);
        double k = Math.rint(ratio);
        return k >= 2 && Math.abs(ratio - k) < 0.08 * k;
    }

    /**
     * In steady rolling (the estimate within 10 % of the reported cadence), the period again on
     * {@link #REFINE_PERIODS} periods of the followed signal: a steadier cadence. After a change of
     * pace the quick estimate stands.
     */
    private double refined(double estimate) {
        if (recentCount == 0 || Math.abs(estimate - spm) > 0.1 * spm) {
            return estimate;
        }
        FeatureTrack t = tracks[chosen];
        int pairs = (int) Math.min(FeatureTrack.CAPACITY / 2, Math.round(REFINE_PERIODS * periodBins));
        PeriodEstimator.Estimate r = PeriodEstimator.refine(t.band, t.slowBand, t.count,
                (int) Math.min(t.count, t.total), periodBins, pairs, joint);
        return Double.isNaN(r.periodSamples()) || r.correlation() < MIN_CORRELATION ? estimate : 600.0 / r.periodSamples();
    }

    private void addEstimate(double estimate) {
        recentSpm[recentCount % 3] = estimate;
        recentCount++;
        double value = estimate;
        if (recentCount >= 3) {
            double median = median3();
            double previous = recentSpm[(recentCount - 2) % 3];
            boolean changed = Math.abs(estimate - median) > 0.1 * median
                    && Math.abs(previous - estimate) <= 0.1 * estimate;
            value = changed ? estimate : median;
        }
        spm = Math.max(MIN_SPM, Math.min(MAX_SPM, value));
    }

    private double median3() {
        double a = recentSpm[0];
        double b = recentSpm[1];
        double c = recentSpm[2];
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
