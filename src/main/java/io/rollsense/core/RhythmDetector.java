package io.rollsense.core;

import java.util.ArrayDeque;

/**
 * Rolling rhythm from pressure alone, on any device kind, rate, unit and body. Per 100 ms bin of
 * device time (so 20 Hz and 1000 Hz, and dropped frames, look alike) it follows these signals: the
 * log of the total load (a stroke swings it by a share of the load, in any unit), the lateral centre
 * of pressure and spread (mm), and on devices with at most {@link #FEW_TAXELS} taxels each taxel's
 * log load. While the device is unloaded, or the load falls under {@link #LIFT_SHARE} of its recent
 * level (a lift-off), the last values are held, so getting off and back on is a step, not a rhythm.
 *
 * <p>Once per second each signal is tested by {@link PeriodicFit} against every period from 1.2 to
 * 12.6 s (48 to 4.8 strokes/min) over its last two periods. A signal is rhythmic when the fit explains
 * at least {@link #MIN_R2} of it and the fitted stroke swings at least a stroke's size (12 % of the
 * load for the total, 20 % for one taxel, 15 mm of centre of pressure, 4 mm of spread): breathing,
 * sway and slow shifts while lying still are periodic but a few % or a few mm. The best signal wins
 * (the one followed keeps a small edge); the cadence is the median of the last three periods, so two
 * agreeing estimates of a new pace replace the old one.
 *
 * <p>Rolling is reported from the first rhythmic second; it carries on through up to one period (at
 * least 2 s) without a clear rhythm while the signal still moves (an alert, a lift-off, a sideways
 * drift) and stops at once when it goes still. Strokes are counted by phase: the fitted fundamental's
 * phase is followed from second to second and every whole cycle is a stroke, so a load that rises
 * twice per stroke still counts once. When rolling starts, the cycles already inside the fitted
 * window are counted; cycles counted while rolling carries on without a rhythm wait, and are dropped if
 * the rolling turns out to have stopped. Pure and deterministic; not thread-safe.
 */
final class RhythmDetector {
    static final long BIN_MS = 100;
    static final double MIN_SPM = 5;
    static final double MAX_SPM = 45;
    static final int FEW_TAXELS = Integer.getInteger("rhythm.few", 3);
    static double TAXEL_SIZE = Double.parseDouble(System.getProperty("rhythm.taxel", "0.45"));
    static double MIN_R2 = Double.parseDouble(System.getProperty("rhythm.r2", "0.8"));
    static double CYCLES = Double.parseDouble(System.getProperty("rhythm.cycles", "2"));
    static double HALF_TOL = Double.parseDouble(System.getProperty("rhythm.half", "0.03"));
    static int CONFIRM = Integer.getInteger("rhythm.confirm", 1);
    private static final double MIN_LAG = 12;
    private static final double MAX_LAG = 126;
    private static final int MIN_WINDOW = 60;
    private static final int CAPACITY = 640;
    /** A load under this share of its recent level is a lift-off: values are held. */
    static final double LIFT_SHARE = 0.3;
    private static final double LEVEL_TAU_MS = 10_000;
    private static final double STILL_SHARE = 0.35;
    private static final long HANG_MIN_MS = 2000;
    static double HANG_PERIODS = Double.parseDouble(System.getProperty("rhythm.hang", "0.5"));
    static double STILL_SWING = Double.parseDouble(System.getProperty("rhythm.still", "0.45"));
    private double lastSwing;
    private int fadingSeconds;
    static int FADING_SECONDS = Integer.getInteger("rhythm.fading", 1);
    /** Device time of the last frame whose values were held (unloaded or lifted off). */
    private long lastHeldMs = Long.MIN_VALUE / 2;
    private static final boolean DEBUG = Boolean.getBoolean("rhythm.debug");

    private final int signals;
    private final double[] strokeSize;
    private final double[][] bins;
    private int count;
    private final double[] now;
    private final double[] binSums;
    private final PeriodicFit.Fit[] fits;
    private final double[][] raw;
    private int binFrames;
    private long binIndex = Long.MIN_VALUE;
    private boolean started;
    private double level = Double.NaN;
    private long lastFrameMs = Long.MIN_VALUE;
    private long nextCadenceMs = Long.MIN_VALUE;
    private final PeriodicFit fit = new PeriodicFit();

    private int chosen = -1;
    private double periodBins = Double.NaN;
    private double regularity;
    private final double[] recentSpm = new double[3];
    private int recentCount;
    private int rhythmicSeconds;
    private long lastRhythmicMs = Long.MIN_VALUE;
    private boolean rolling;
    private double spm;
    /** Stroke phase in cycles (whole cycles = strokes counted or waiting) and the chosen signal's offset. */
    private double phase;
    private double phaseOffset;
    private long phaseMs;
    private final ArrayDeque<Long> waiting = new ArrayDeque<>();
    private final ArrayDeque<Long> ready = new ArrayDeque<>();
    private long counted;
    private long lastStrokeMs = Long.MIN_VALUE / 2;
    static double MAX_NUDGE = Double.parseDouble(System.getProperty("rhythm.nudge", "0.25"));
    private long strokes;

    RhythmDetector(double rateHz, int channels, long startMs) {
        this(rateHz, channels);
        nextCadenceMs = (Math.floorDiv(startMs, 1000) + 1) * 1000;
    }

    RhythmDetector(double rateHz, int channels) {
        signals = 3 + (channels <= FEW_TAXELS ? channels : 0);
        strokeSize = new double[signals];
        for (int s = 0; s < signals; s++) {
            strokeSize[s] = switch (s) {
                case 0 -> 0.12;
                case 1 -> 15;
                case 2 -> 4;
                default -> TAXEL_SIZE;
            };
        }
        bins = new double[signals][CAPACITY];
        raw = new double[signals][MEDIAN_BINS];
        now = new double[signals];
        binSums = new double[signals];
        fits = new PeriodicFit.Fit[signals];
    }

    long strokes() {
        return strokes;
    }

    /**
     * One frame.
     *
     * @param timeMs   ms since first frame
     * @param totalKpa total load (kPa, or counts from the zero of an uncalibrated raw device)
     * @param copMm    lateral centre of pressure, mm (NaN when unloaded)
     * @param spreadMm lateral spread, mm (NaN when unloaded)
     * @param taxelKpa glitch-free load per taxel
     */
    void onFrame(long timeMs, double totalKpa, double copMm, double spreadMm, double[] taxelKpa, EventSink sink) {
        boolean loaded = totalKpa >= Analyzer.LOAD_KPA && !Double.isNaN(copMm);
        if (loaded) {
            if (Double.isNaN(level)) {
                level = totalKpa;
            } else if (totalKpa >= LIFT_SHARE * level) {
                double dt = lastFrameMs == Long.MIN_VALUE ? 0 : Math.min(1000, timeMs - lastFrameMs);
                level += (totalKpa - level) * dt / LEVEL_TAU_MS;
            }
        }
        lastFrameMs = timeMs;
        if (!(loaded && totalKpa >= LIFT_SHARE * level)) {
            lastHeldMs = timeMs;
        } else {
            started = true;
            now[0] = Math.log(totalKpa);
            now[1] = copMm;
            now[2] = spreadMm;
            for (int s = 3; s < signals; s++) {
                now[s] = Math.log(Math.max(taxelKpa[s - 3], 0.02 * totalKpa));
            }
        }
        long idx = Math.floorDiv(timeMs, BIN_MS);
        if (binIndex == Long.MIN_VALUE) {
            binIndex = idx;
        }
        if (idx != binIndex) {
            if (binFrames > 0) {
                for (long b = binIndex; b < idx; b++) {
                    push();
                }
            }
            binIndex = idx;
            java.util.Arrays.fill(binSums, 0);
            binFrames = 0;
        }
        if (started) {
            for (int s = 0; s < signals; s++) {
                binSums[s] += now[s];
            }
            binFrames++;
        }
        if (nextCadenceMs == Long.MIN_VALUE) {
            nextCadenceMs = Math.max(1000, Math.floorDiv(timeMs, 1000) * 1000 + 1000);
        }
        while (timeMs >= nextCadenceMs) {
            emitCadence(nextCadenceMs, sink);
            nextCadenceMs += 1000;
        }
    }

    private void push() {
        if (count == CAPACITY) {
            for (double[] b : bins) {
                System.arraycopy(b, CAPACITY / 2, b, 0, CAPACITY / 2);
            }
            count = CAPACITY / 2;
        }
        rawCount++;
        for (int s = 0; s < signals; s++) {
            raw[s][(int) (rawCount % MEDIAN_BINS)] = binSums[s] / binFrames;
            bins[s][count] = median(raw[s], (int) Math.min(rawCount, MEDIAN_BINS));
        }
        count++;
    }

    /** Bins are the median of the last few, so a glitch lasting a few frames is not a stroke. */
    static int MEDIAN_BINS = Integer.getInteger("rhythm.median", 3);
    private final double[] sorted = new double[16];
    private long rawCount;

    private double median(double[] v, int n) {
        System.arraycopy(v, 0, sorted, 0, n);
        java.util.Arrays.sort(sorted, 0, n);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private void emitCadence(long atMs, EventSink sink) {
        estimate(atMs, sink);
        sink.accept(new AnalysisEvent.Cadence(atMs, rolling ? spm : null, rolling ? Math.max(0, Math.min(1, regularity)) : 0));
    }

    private void estimate(long atMs, EventSink sink) {
        PeriodicFit.Fit best = PeriodicFit.Fit.NONE;
        int bestSignal = -1;
        for (int s = 0; s < signals; s++) {
            PeriodicFit.Fit f = stroke(s);
            fits[s] = f;
            if (f.found() && (!best.found() || f.r2() > best.r2() + (s == chosen ? -0.05 : 0.05))) {
                best = f;
                bestSignal = s;
            }
        }
        // a shape (spread, centre of pressure) can change the same way on the way up and back, the
        // load not: another signal at twice the period whose halves differ shows the whole stroke
        for (int s = 0; s < signals && best.found(); s++) {
            PeriodicFit.Fit f = fits[s];
            if (s != bestSignal && f.found() && Math.abs(f.periodSamples() / best.periodSamples() - 2) < 0.25
                    && f.fundamentalShare() >= PeriodicFit.DOUBLE_FUNDAMENTAL) {
                best = f;
                bestSignal = s;
            }
        }
        boolean rhythmic = best.found();
        boolean wasRolling = rolling;
        if (rhythmic) {
            rhythmicSeconds++;
            lastRhythmicMs = atMs;
            regularity = best.r2();
            recentSpm[recentCount % 3] = 600.0 / best.periodSamples();
            recentCount++;
            spm = Math.max(MIN_SPM, Math.min(MAX_SPM, recentCount >= 3 ? median3() : 600.0 / best.periodSamples()));
        } else {
            rhythmicSeconds = 0;
        }
        int s = rhythmic ? bestSignal : chosen;
        double p = rhythmic ? best.periodSamples() : periodBins;
        int half = (int) Math.max(20, Math.round(p / 2));
        boolean flat = atMs - lastHeldMs > half * BIN_MS + 1000 && range(s < 0 ? 0 : s, half) < STILL_SHARE * strokeSize[Math.max(0, s)];
        boolean fading = !flat && s >= 0 && !Double.isNaN(p) && atMs - lastHeldMs > half * BIN_MS + 1000
                && lastCycleSwing(s, p) < STILL_SWING * Math.max(lastSwing, rhythmic ? best.swing() : 0);
        fadingSeconds = fading ? fadingSeconds + 1 : 0;
        boolean still = s < 0 || Double.isNaN(p) || flat || fadingSeconds >= FADING_SECONDS;
        if (DEBUG) {
            System.err.printf("DBG %d rh=%b ch=%d P=%.1f r2=%.2f sw=%.3f roll=%b still=%b ph=%.2f n=%d%n", atMs / 1000,
                    rhythmic, bestSignal, best.periodSamples(), best.r2(), best.swing(), rolling, still, phase, strokes);
        }
        if (rhythmic && !still) {
            boolean starting = !rolling && rhythmicSeconds >= CONFIRM;
            if (rolling || starting) {
                follow(atMs, best, bestSignal, starting, sink);
                rolling = true;
            }
            periodBins = best.periodSamples();
            chosen = bestSignal;
            lastSwing = best.swing();
        } else if (wasRolling && !still
                && atMs - lastRhythmicMs <= Math.max(HANG_MIN_MS, HANG_PERIODS * periodBins * BIN_MS)) {
            coast(atMs); // rolling on through a short disturbance: strokes wait
        } else {
            rolling = false;
            recentCount = 0;
            waiting.clear();
            lastSwing = 0;
            if (!rhythmic) {
                periodBins = Double.NaN;
            }
        }
    }

    /** Follows the stroke phase with the fit of this second and counts whole cycles. */
    private void follow(long atMs, PeriodicFit.Fit f, int signal, boolean starting, EventSink sink) {
        double measured = f.phase() / (2 * Math.PI);
        if (starting) {
            // the cycles inside the fitted window happened already: count them now, at their times
            double cycles = Math.floor(PeriodicFit.window(f.periodSamples(), CYCLES, MIN_WINDOW) / f.periodSamples());
            long windowMs = Math.round(cycles * f.periodSamples() * BIN_MS);
            phaseOffset = 0;
            counted = (long) Math.floor(measured - cycles);
            long minMs = lastStrokeMs + Math.round(0.5 * f.periodSamples() * BIN_MS);
            count(atMs - windowMs, measured - cycles, atMs, measured, false);
            ready.removeIf(t -> t < minMs); // a short break: cycles counted before are not counted again
            phase = measured;
            phaseMs = atMs;
            release(sink);
            return;
        }
        double predicted = phase + (atMs - phaseMs) / (periodBins * BIN_MS);
        if (signal != chosen) {
            phaseOffset = predicted - measured - Math.floor(predicted - measured); // switch without a jump
        }
        double diff = measured + phaseOffset - predicted;
        diff -= Math.round(diff);
        double next = predicted + Math.max(-MAX_NUDGE, Math.min(MAX_NUDGE, diff));
        count(phaseMs, phase, atMs, next, false);
        phase = next;
        phaseMs = atMs;
        release(sink);
    }

    /** Advances the phase to {@code atMs} at the current period while rolling carries on without a rhythm. */
    private void coast(long atMs) {
        if (Double.isNaN(periodBins)) {
            return;
        }
        double next = phase + (atMs - phaseMs) / (periodBins * BIN_MS);
        count(phaseMs, phase, atMs, next, true);
        phase = next;
        phaseMs = atMs;
    }

    /** Counts the whole cycles not yet counted up to {@code toPhase}, at interpolated times. */
    private void count(long fromMs, double fromPhase, long toMs, double toPhase, boolean wait) {
        for (long k = counted + 1; k <= Math.floor(toPhase); k++) {
            double share = toPhase > fromPhase ? Math.max(0, Math.min(1, (k - fromPhase) / (toPhase - fromPhase))) : 1;
            long t = fromMs + Math.round(share * (toMs - fromMs));
            (wait ? waiting : ready).addLast(t);
            counted = k;
        }
    }

    private void release(EventSink sink) {
        while (!waiting.isEmpty()) {
            ready.addLast(waiting.removeFirst());
        }
        while (!ready.isEmpty()) {
            strokes++;
            lastStrokeMs = ready.removeFirst();
            sink.accept(new AnalysisEvent.Stroke(lastStrokeMs));
        }
    }

    /** Signal {@code s}'s stroke rhythm, or none when it is not periodic or swings less than a stroke. */
    private PeriodicFit.Fit stroke(int s) {
        if (count < 30 || range(s, MIN_WINDOW) < STILL_SHARE * strokeSize[s]) {
            return PeriodicFit.Fit.NONE;
        }
        PeriodicFit.Fit f = fit.best(bins[s], count, MIN_LAG, MAX_LAG, CYCLES, MIN_WINDOW, HALF_TOL);
        return f.found() && f.r2() >= MIN_R2 && f.swing() >= strokeSize[s] ? f : PeriodicFit.Fit.NONE;
    }

    /** The swing of signal {@code s}'s last cycle at period {@code p} (bins), fitted alone. */
    private double lastCycleSwing(int s, double p) {
        PeriodicFit.Fit f = fit.at(bins[s], count, p, 1, 0);
        return f.found() ? f.swing() : Double.POSITIVE_INFINITY;
    }

    private double range(int s, int n) {
        int k = Math.min(n, count);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = count - k; i < count; i++) {
            lo = Math.min(lo, bins[s][i]);
            hi = Math.max(hi, bins[s][i]);
        }
        return k == 0 ? 0 : hi - lo;
    }

    private double median3() {
        double a = recentSpm[0];
        double b = recentSpm[1];
        double c = recentSpm[2];
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
