package io.rollsense.core;

/**
 * Rolling rhythm from pressure alone, on any device kind, rate, unit and body: cadence once per
 * second of device time, and strokes.
 *
 * <p>Once per second each of the {@link RhythmSignals} is tested by {@link PeriodicFit} against every
 * period from 1.2 to 12.6 s (48 to 4.8 strokes/min) over its last two periods (up to 2.5 for fast strokes, to span 6 s). A signal is rhythmic
 * when the fit explains at least {@link #MIN_R2} of it and the fitted stroke swings at least a stroke's
 * size: breathing, sway and slow shifts while lying still may be periodic, but swing a few % or a few
 * mm. The best-fitting signal wins (the one followed keeps a small edge), except that another signal at
 * twice its period whose two halves clearly differ shows the whole stroke (the spread of the load can
 * change the same way on the way up and on the way back; the load itself rarely does). When the
 * load rises twice per stroke almost equally, {@link RhythmSignals#halvesRatio} tells a whole stroke
 * from half of one by comparing every taxel's share of the load half a stroke and a whole stroke
 * earlier ({@link #wholeStroke}); until it can, a start's strokes wait. A slow taxel rhythm that another
 * taxel shows in opposite phase is sideways sway ({@link #sway}), not a stroke.
 *
 * <p>While rolling, the pace is not given up lightly: another signal at another pace takes over only
 * after showing it two seconds running ({@link #confirmedSwitch}), and right after a step in the load
 * a period twice the pace's is read as the pace when its halves are alike ({@link #sameOctave}).
 *
 * <p>The cadence is the median of the last three periods, so two agreeing estimates of a new pace
 * replace the old one at once; while the pace stays within {@link #STEADY} of the cadence, the period
 * is sharpened over {@link #STEADY_CYCLES} cycles and the cadence moves by {@link #SMOOTH} of the
 * difference each second, which evens out cycle-to-cycle jitter.
 *
 * <p>When rolling starts, strokes are the whole cycles since it began (the end of the last still half
 * period before the rhythm). They are recounted from the fit when the rhythm comes back after rolling
 * carried on without one, and when the pace changes by more than {@link #STEADY}: every whole cycle in
 * the fitted window, and up to {@link #BACK_CYCLES} earlier cycles that still swing like a stroke, that
 * comes after the last stroke already counted (so the first strokes of a new pace, which the fit needs
 * to see it, are not lost).
 *
 * <p>Rolling is reported from the first rhythmic second (the second one for a stroke slower than 4 s,
 * where a lucky fit on a slow random push is likelier). Once it has rolled for a period, it carries
 * on for up to {@link #HANG_PERIODS} periods without a clear rhythm while the signal still moves (a
 * step in the load when an alert starts or ends, a lift-off, a sideways drift); before that only for
 * {@link #HANG_MIN_MS}; and for as long as a smaller rhythm ({@link #FOLLOW_SIZE} of a stroke's size)
 * repeats at the followed period, in step with the strokes ({@link #followed}). It stops when the
 * signal goes flat or its last cycle swings less than {@link #STILL_SWING} of the rhythm's swing (unless
 * that cycle is clearly periodic and in step with the strokes, {@link #inStep}), or sways.
 * Strokes are counted by phase ({@link StrokePhase}). Pure and deterministic; not thread-safe.
 */
final class RhythmDetector {
    static final double MIN_SPM = 5;
    static final double MAX_SPM = 45;
    /** Share of the (detrended) signal the periodic fit must explain. */
    static final double MIN_R2 = 0.8;
    /** Periods looked at for a rhythm. */
    static final double CYCLES = 2;
    private static final double MIN_LAG = 12;
    private static final double MAX_LAG = 126;
    /** Short periods are fitted over up to 6 s (but at most {@link PeriodicFit#MOST_CYCLES} strokes). */
    private static final int MIN_WINDOW = 60;
    /** A peak at half the best period this close to it wins (a rhythm also fits twice its period). */
    private static final double HALF_TOLERANCE = 0.03;
    /** A pace within this share of the cadence is the same pace. */
    static final double STEADY = 0.08;
    static final double STEADY_CYCLES = 4;
    static final double SMOOTH = 0.5;
    /** A signal whose last half period moves less than this share of a stroke's size is flat. */
    private static final double FLAT_SHARE = 0.35;
    /** Rolling stops when the last cycle swings less than this share of the rhythm's swing. */
    static final double STILL_SWING = 0.45;
    /** Rolling carries on without a clear rhythm for this many periods (once established). */
    static final double HANG_PERIODS = 2;
    static final long HANG_MIN_MS = 2000;
    /** Values held this recently (unloaded or lifted off) mean nothing rolls now. */
    private static final long HELD_MS = 500;

    private final RhythmSignals in;
    private final PeriodicFit fit = new PeriodicFit();
    private final PeriodicFit.Fit[] fits;
    private final StrokePhase strokes = new StrokePhase();
    /** Next whole second to report; set by the first frame (a timeline continued after a new hello starts late). */
    private long nextCadenceMs = Long.MIN_VALUE;

    private int chosen = -1;
    private double periodBins = Double.NaN;
    private double swing;
    private double regularity;
    private final double[] recentSpm = new double[3];
    private int recentCount;
    private long lastRhythmicMs = Long.MIN_VALUE;
    private long rollingSinceMs;
    private int rhythmicRun;
    private int fadingSeconds;
    /** Another signal at twice the period may fit this much worse and still show the whole stroke. */
    static final double TWICE_TOLERANCE = 0.15;
    /** Periods longer than this (bins; 4 s, under 15 strokes/min) need two rhythmic seconds to start. */
    private static final double SLOW_BINS = 40;
    private boolean rolling;
    private boolean coasted;
    private double spm;
    /** Earlier cycles looked at when strokes are recounted, at most. */
    static final int BACK_CYCLES = 3;
    /** An earlier cycle counts when it swings this share of the rhythm's swing ... */
    static final double BACK_SWING = 0.5;
    /** ... and its own fit explains this share of it. */
    static final double BACK_R2 = 0.5;

    /** A detector whose first frame comes at {@code startMs}: cadence events follow every whole second after it. */
    RhythmDetector(double[] positionsMm, long startMs) {
        this(positionsMm);
        nextCadenceMs = (Math.floorDiv(startMs, 1000) + 1) * 1000;
    }

    RhythmDetector(double[] positionsMm) {
        in = new RhythmSignals(positionsMm);
        fits = new PeriodicFit.Fit[in.signals];
    }

    long strokes() {
        return strokes.strokes();
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
        in.add(timeMs, totalKpa, copMm, spreadMm, taxelKpa);
        if (nextCadenceMs == Long.MIN_VALUE) {
            nextCadenceMs = Math.max(1000, Math.floorDiv(timeMs, 1000) * 1000 + 1000);
        }
        while (timeMs >= nextCadenceMs) {
            second(nextCadenceMs, sink);
            sink.accept(new AnalysisEvent.Cadence(nextCadenceMs, rolling ? spm : null,
                    rolling ? Math.max(0, Math.min(1, regularity)) : 0));
            nextCadenceMs += 1000;
        }
    }

    private void second(long atMs, EventSink sink) {
        boolean held = atMs - in.lastHeldMs < HELD_MS; // off the device or lifted off right now
        int best = held ? -1 : bestSignal();
        PeriodicFit.Fit f = best < 0 ? PeriodicFit.Fit.NONE : wholeStroke(best, sameOctave(best, fits[best]));
        if (rolling && f.found() && best != chosen && !Double.isNaN(periodBins)
                && Math.abs(f.periodSamples() / periodBins - 1) > STEADY && !confirmedSwitch(best, f)) {
            best = followed(); // another signal at another pace: seen twice before it takes over
            following = best >= 0;
            f = best < 0 ? PeriodicFit.Fit.NONE : fits[best];
        } else {
            switchSignal = -1;
        }
        boolean rhythmic = f.found();
        rhythmicRun = rhythmic ? rhythmicRun + 1 : 0;
        if (rhythmic) {
            lastRhythmicMs = atMs;
            regularity = f.r2();
            cadence(best, f.periodSamples());
        }
        int s = rhythmic ? best : chosen;
        double p = rhythmic ? f.periodSamples() : periodBins;
        // a rhythm found only at the followed period (smaller, through an alert) is judged by its own swing
        boolean stopped = still(s, p, following ? f.swing() : Math.max(swing, f.swing()), rhythmic);
        if (rhythmic && !stopped) {
            double periodMs = f.periodSamples() * RhythmSignals.BIN_MS;
            double measured = f.phase() / (2 * Math.PI);
            strokes.provisional(!halvesKnown);
            if (rolling && (coasted || Math.abs(f.periodSamples() / periodBins - 1) > STEADY)) {
                // back after a disturbance or at another pace: recount the cycles the new rhythm shows
                strokes.recount(atMs, measured, rhythmCycles(best, f), periodMs, best, sink);
            } else if (rolling) {
                strokes.follow(atMs, measured, periodMs, best, sink);
            } else if (rhythmicRun < (f.periodSamples() > SLOW_BINS ? 2 : 1)) {
                return; // a slow rhythm is confirmed by a second look (one lucky fit is not a stroke)
            } else {
                rollingSinceMs = atMs;
                strokes.begin(atMs, onsetMs(atMs, best, f, rhythmCycles(best, f)), measured, periodMs, best, sink);
                rolling = true;
            }
            periodBins = f.periodSamples();
            chosen = best;
            swing = f.swing();
            coasted = false;
        } else if (rolling && !stopped && atMs - lastRhythmicMs <= hangMs(atMs, held)) {
            strokes.coast(atMs, periodBins * RhythmSignals.BIN_MS); // rolling on through a short disturbance
            coasted = true;
        } else {
            strokes.stop();
            coasted = false;
            rolling = false;
            recentCount = 0;
            swing = 0;
            if (!rhythmic) {
                periodBins = Double.NaN;
            }
        }
    }

    private int switchSignal = -1;
    private double switchPeriod;

    /**
     * Whether rolling may switch to signal {@code s} at fit {@code f}'s pace: only when it showed that
     * pace (within {@link #STEADY}) the second before too. A step in one taxel's load when an alert
     * starts fits a slow rhythm for a moment.
     */
    private boolean confirmedSwitch(int s, PeriodicFit.Fit f) {
        boolean seen = switchSignal == s && Math.abs(f.periodSamples() / switchPeriod - 1) <= STEADY;
        switchSignal = s;
        switchPeriod = f.periodSamples();
        return seen;
    }

    /** A period is half a stroke when {@link RhythmSignals#halvesRatio} reaches this ... */
    static final double HALVES_RATIO = 1.6;
    /** ... for this many seconds in a row; */
    static final int HALVES_RUN = 3;
    /** a pace followed at twice the period is kept while the ratio stays at this or above. */
    static final double HALVES_KEEP = 1.2;
    /** The fit at twice the period must still explain this share of the signal. */
    static final double HALVES_R2 = 0.5;
    private int halvesRun;
    /**
     * For its first {@link #SUSPECT_PERIODS} periods, a rhythm whose halves ratio is at least
     * {@link #HALVES_KEEP} (its halves may differ: the period may yet prove half a stroke) keeps its
     * strokes waiting; a doubling then recounts them at the whole stroke.
     */
    static final double SUSPECT_PERIODS = 6;
    /** Whether this second's period could be tested for being half a stroke. */
    private boolean halvesKnown;
    /** Whether this second's rhythm was found only at the followed period ({@link #followed}). */
    private boolean following;

    /**
     * Fit {@code f} of signal {@code s}, or its fit at twice the period when the signals show that
     * {@code f}'s period is only half a stroke: its up and back passes differ (in timing, or in how
     * the load spreads across the taxels) although the load rises equally on both. Sets
     * {@link #halvesKnown} (false while the history is too short to tell).
     */
    private PeriodicFit.Fit wholeStroke(int s, PeriodicFit.Fit f) {
        double p = f.periodSamples();
        halvesKnown = true;
        if (!f.found() || 2 * p > MAX_LAG) {
            return f;
        }
        double ratio = in.halvesRatio(p);
        if (Double.isNaN(ratio)) {
            halvesKnown = false;
            halvesRun = 0;
            return f;
        }
        boolean followingTwice = rolling && Math.abs(300.0 / p / spm - 1) < 2 * STEADY;
        boolean twiceIt;
        if (followingTwice) {
            twiceIt = ratio >= HALVES_KEEP;
        } else {
            halvesRun = ratio >= HALVES_RATIO ? halvesRun + 1 : 0;
            twiceIt = halvesRun >= HALVES_RUN;
            // early in rolling, a period that may yet prove half a stroke keeps its strokes waiting
            halvesKnown = !(ratio >= HALVES_KEEP && (!rolling || nextCadenceMs - rollingSinceMs < SUSPECT_PERIODS * p * RhythmSignals.BIN_MS));
        }
        if (!twiceIt) {
            return f;
        }
        PeriodicFit.Fit twice = fit.refineNear(in.bins[s], in.count, 2 * p, MIN_LAG, CYCLES, MIN_WINDOW);
        return twice.found() && twice.r2() >= HALVES_R2 && Math.abs(twice.periodSamples() / (2 * p) - 1) < 0.06 ? twice : f;
    }

    /**
     * While rolling at period P, fit {@code f} of signal {@code s} at about 2P is taken as P again when
     * it does not show a whole stroke of 2P: unequal strokes (a ball onto the spine, a longer reach
     * every other stroke) make 2P fit nearly as well for a moment, but a person does not halve the pace
     * from one second to the next.
     * <ul>
     *   <li>Right after a step in the load (within 2P's window), a 2P whose halves are alike is P
     *       fitted over the same window, or no rhythm this second (rolling carries on) when that does
     *       not fit; without a step it stands (a turn in a walk, say, truly halves the rhythm).</li>
     *   <li>A 2P whose halves differ stands only when the signal no longer fits P as a stroke or the
     *       half-stroke test ({@link RhythmSignals#halvesRatio}) shows the halves of P's double differ.</li>
     * </ul>
     */
    private PeriodicFit.Fit sameOctave(int s, PeriodicFit.Fit f) {
        if (!rolling || following || !f.found() || Double.isNaN(periodBins)
                || Math.abs(f.periodSamples() / (2 * periodBins) - 1) > OCTAVE_SLACK) {
            return f;
        }
        if (f.fundamentalShare() < PeriodicFit.DOUBLE_FUNDAMENTAL) {
            if (!in.steppedWithin(PeriodicFit.window(f.periodSamples(), CYCLES, MIN_WINDOW))) {
                return f;
            }
            double cycles = 2 * PeriodicFit.cyclesIn(f.periodSamples(), CYCLES, MIN_WINDOW);
            PeriodicFit.Fit half = fit.at(in.bins[s], in.count, f.periodSamples() / 2, cycles, 0);
            boolean showsP = half.found() && half.r2() >= f.r2() - TWICE_TOLERANCE && half.swing() >= FOLLOW_SIZE * in.strokeSize(s);
            return showsP ? half : PeriodicFit.Fit.NONE;
        }
        PeriodicFit.Fit atP = fit.refineNear(in.bins[s], in.count, periodBins, MIN_LAG, CYCLES, MIN_WINDOW);
        if (!atP.found() || atP.r2() < MIN_R2 || atP.swing() < in.strokeSize(s)
                || Math.abs(atP.periodSamples() / periodBins - 1) > STEADY) {
            return f;
        }
        return in.halvesRatio(atP.periodSamples()) >= HALVES_RATIO ? f : atP;
    }

    /** A period within this share of twice the followed one is the same pace's octave. */
    static final double OCTAVE_SLACK = 0.12;

    /** A half period that moves less than this share of the rhythm's swing is still (before rolling began). */
    static final double QUIET = 0.2;

    /**
     * When rolling began (device ms), for a start at {@code atMs} with fit {@code f} of signal {@code s}
     * that shows {@code cycles} cycles: the end of the last still half period within a period of the
     * cycles' start, or their start when there is none (rolling began earlier, or on the device).
     */
    private long onsetMs(long atMs, int s, PeriodicFit.Fit f, double cycles) {
        double p = f.periodSamples();
        int half = (int) Math.max(3, Math.round(p / 2));
        int start = in.count - (int) Math.round(cycles * p);
        int onset = start;
        for (int i = Math.min(in.count - 1, start + (int) Math.round(p)); i >= Math.max(half, start - (int) Math.round(p)); i--) {
            if (in.rangeEndingAt(s, i, half) < QUIET * f.swing()) {
                onset = i;
                break;
            }
        }
        return atMs - (long) (in.count - 1 - onset) * RhythmSignals.BIN_MS;
    }

    /**
     * Cycles of fit {@code f} (signal {@code s}) that show the rhythm: the fitted window's, and
     * before it every earlier cycle, up to {@link #BACK_CYCLES}, that still swings like a stroke (the
     * fit needs its window full of rolling, so the first strokes of a start or a new pace lie before it).
     */
    private double rhythmCycles(int s, PeriodicFit.Fit f) {
        double p = f.periodSamples();
        double cycles = PeriodicFit.cyclesIn(p, CYCLES, MIN_WINDOW);
        for (int k = 0; k < BACK_CYCLES; k++) {
            int end = in.count - (int) Math.round(cycles * p);
            PeriodicFit.Fit earlier = end > p ? fit.at(in.bins[s], end, p, 1, 0) : PeriodicFit.Fit.NONE;
            if (!earlier.found() || earlier.swing() < BACK_SWING * f.swing() || earlier.r2() < BACK_R2) {
                break;
            }
            cycles++;
        }
        return cycles;
    }

    /**
     * How long rolling carries on without a clear rhythm: {@link #HANG_PERIODS} periods once it has
     * rolled for a period, only {@link #HANG_MIN_MS} before that (a short false start stays short), and
     * one period while nothing rests on the device (a lift-off is shorter than a stroke; getting up is not).
     */
    private double hangMs(long atMs, boolean held) {
        double periodMs = periodBins * RhythmSignals.BIN_MS;
        if (held) {
            return Math.max(HANG_MIN_MS, periodMs); // nothing on the device: a lift-off is shorter than a stroke
        }
        return atMs - rollingSinceMs >= periodMs ? Math.max(HANG_MIN_MS, HANG_PERIODS * periodMs) : HANG_MIN_MS;
    }

    /** A rhythm this clear on an earlier signal leaves the middle share unsearched (it could not win by enough). */
    static final double CLEAR_R2 = 0.9;

    /** The signal with the stroke rhythm this second (its fit in {@link #fits}), or -1. */
    private int bestSignal() {
        int best = -1;
        for (int s = 0; s < in.signals; s++) {
            boolean clearWinner = best >= 0 && fits[best].r2() >= CLEAR_R2 && s != chosen;
            fits[s] = s == in.inner && clearWinner ? PeriodicFit.Fit.NONE : stroke(s); // the middle share is a fallback
            if (fits[s].found() && (best < 0 || fits[s].r2() > fits[best].r2() + (s == chosen ? -0.05 : 0.05))) {
                best = s;
            }
        }
        following = false;
        if (best < 0 && rolling && !Double.isNaN(periodBins)) {
            best = followed();
            following = best >= 0;
        }
        for (int s = 0; s < in.signals && best >= 0; s++) {
            PeriodicFit.Fit f = fits[s];
            if (s != best && f.found() && Math.abs(f.periodSamples() / fits[best].periodSamples() - 2) < 0.25
                    && f.fundamentalShare() >= PeriodicFit.DOUBLE_FUNDAMENTAL
                    && f.r2() >= fits[best].r2() - TWICE_TOLERANCE) {
                best = s;
            }
        }
        return best;
    }

    /** While rolling, a rhythm at the followed period may swing this share of a stroke's size (rolling on through an alert that takes load off a ball) ... */
    static final double FOLLOW_SIZE = 0.4;
    /** ... when its fit over this many periods (the last ones, after a step into the alert) explains {@link #MIN_R2}, */
    static final double FOLLOW_CYCLES = 1.5;
    /** its phase is within this share of a cycle of where the strokes run, */
    static final double FOLLOW_PHASE = 0.15;
    /** and the last {@link #FOLLOW_SPAN} period still moves by {@link #FOLLOW_RECENT} of its swing (not a hold after rolling). */
    static final double FOLLOW_RECENT = 0.75;
    static final double FOLLOW_SPAN = 0.75;

    /**
     * While rolling, when no signal shows a stroke-sized rhythm: the signal whose phase the strokes
     * follow, if it still repeats at the followed period (its fit in {@link #fits}) with at least
     * {@link #FOLLOW_SIZE} of a stroke's size, in step with the strokes; or -1.
     */
    private int followed() {
        int best = -1;
        for (int s = 0; s < in.signals; s++) {
            if (Double.isNaN(strokes.expected(nextCadenceMs, periodBins * RhythmSignals.BIN_MS, s))) {
                continue; // only the signal whose phase the strokes follow can be in step with them
            }
            PeriodicFit.Fit f = fit.at(in.bins[s], in.count, periodBins, FOLLOW_CYCLES, 0);
            if (inStep(s, periodBins, f, MIN_R2) && in.range(s, (int) Math.round(periodBins * FOLLOW_SPAN)) >= FOLLOW_RECENT * f.swing()) {
                fits[s] = f;
                best = s;
            }
        }
        return best;
    }

    /** Signal {@code s}'s stroke rhythm, or none when it is not periodic or swings less than a stroke. */
    private PeriodicFit.Fit stroke(int s) {
        if (in.count < 30 || s == 2 && !in.spreadOwnSignal || in.range(s, MIN_WINDOW) < FLAT_SHARE * in.strokeSize(s)) {
            return PeriodicFit.Fit.NONE;
        }
        PeriodicFit.Fit f = fit.best(in.bins[s], in.count, MIN_LAG, MAX_LAG, CYCLES, MIN_WINDOW, HALF_TOLERANCE);
        return f.found() && f.r2() >= MIN_R2 && f.swing() >= in.strokeSize(s) && !sway(s, f, CYCLES, MIN_WINDOW)
                ? f : PeriodicFit.Fit.NONE;
    }

    /**
     * A taxel's rhythm, when slower than {@link #SLOW_BINS} (sway is slow; a fast side-to-side rhythm
     * may be strokes, as in wiping), is sway when another taxel swings at least this share of it in
     * opposite phase.
     */
    static final double SWAY_SHARE = 0.5;

    /** A last cycle this clearly periodic, in step and {@link #FOLLOW_SIZE} of a stroke is still rolling (one cycle fits noise more easily than 1.5). */
    static final double IN_STEP_R2 = 0.95;

    /**
     * Whether fit {@code f} (period {@code p} bins) of signal {@code s} moves in step with the strokes:
     * explaining at least {@code minR2}, at least {@link #FOLLOW_SIZE} of a stroke's size, within
     * {@link #FOLLOW_PHASE} of the phase the strokes expect (a smaller rhythm after a step in the load,
     * not a hold). False for any signal but the one the strokes follow.
     */
    private boolean inStep(int s, double p, PeriodicFit.Fit f, double minR2) {
        double expected = strokes.expected(nextCadenceMs, p * RhythmSignals.BIN_MS, s);
        double off = f.phase() / (2 * Math.PI) - expected;
        off -= Math.round(off);
        return f.found() && !Double.isNaN(expected) && f.r2() >= minR2 && f.swing() >= FOLLOW_SIZE * in.strokeSize(s)
                && Math.abs(off) <= FOLLOW_PHASE;
    }

    /**
     * Whether fit {@code f} of signal {@code s} (over {@code cycles} periods, at least
     * {@code minWindow} bins) is sideways sway: a slow rhythm of one taxel that another taxel shows in
     * opposite phase over the same window (load moving from one ball to the other while the person
     * lies still; rolling moves the load of both balls together). False for other signals.
     */
    private boolean sway(int s, PeriodicFit.Fit f, double cycles, int minWindow) {
        if (!in.isTaxel(s) || f.periodSamples() < SLOW_BINS) {
            return false;
        }
        for (int o = 0; o < in.signals; o++) {
            if (o == s || !in.isTaxel(o)) {
                continue;
            }
            PeriodicFit.Fit g = fit.at(in.bins[o], in.count, f.periodSamples(), cycles, minWindow);
            double d = (f.phase() - g.phase()) / (2 * Math.PI);
            d -= Math.round(d);
            if (g.found() && g.swing() >= SWAY_SHARE * f.swing() && Math.abs(d) > 0.25) {
                return true;
            }
        }
        return false;
    }

    /** Updates the cadence from this second's period (bins) of signal {@code s}. */
    private void cadence(int s, double period) {
        if (rolling && Math.abs(600.0 / period - spm) <= STEADY * spm) {
            // a steady pace: sharpen the period over more cycles (more cycles, a sharper peak)
            PeriodicFit.Fit longer = fit.refineNear(in.bins[s], in.count, period, MIN_LAG, STEADY_CYCLES, MIN_WINDOW);
            if (longer.found() && longer.r2() >= MIN_R2 && Math.abs(longer.periodSamples() / period - 1) < 0.04) {
                period = longer.periodSamples();
            }
        }
        recentSpm[recentCount % 3] = 600.0 / period;
        recentCount++;
        double estimate = recentCount >= 3 ? median3() : 600.0 / period;
        double next = rolling && Math.abs(estimate - spm) <= STEADY * spm ? spm + SMOOTH * (estimate - spm) : estimate;
        spm = Math.max(MIN_SPM, Math.min(MAX_SPM, next));
    }

    /**
     * Whether signal {@code s} has stopped rolling: flat over its last half period, or its last cycle
     * (period {@code p} bins) swings less than {@link #STILL_SWING} of {@code rhythmSwing}. Not while
     * values are held (a lift-off) or just after.
     */
    private boolean still(int s, double p, double rhythmSwing, boolean rhythmic) {
        boolean fading = fadingCheck(s, p, rhythmSwing);
        fadingSeconds = fading ? fadingSeconds + 1 : 0;
        return s < 0 || Double.isNaN(p) || flat(s, p) || fadingSeconds >= (rhythmic ? 2 : 1);
    }

    private boolean flat(int s, double p) {
        int half = (int) Math.max(20, Math.round(p / 2));
        return nextCadenceMs - in.lastHeldMs > half * RhythmSignals.BIN_MS + 1000
                && in.range(s, half) < FLAT_SHARE * in.strokeSize(s);
    }

    private boolean fadingCheck(int s, double p, double rhythmSwing) {
        if (s < 0 || Double.isNaN(p)) {
            return false;
        }
        int half = (int) Math.max(20, Math.round(p / 2));
        if (nextCadenceMs - in.lastHeldMs <= half * RhythmSignals.BIN_MS + 1000) {
            return false;
        }
        PeriodicFit.Fit last = fit.at(in.bins[s], in.count, p, 1, 0);
        return last.found() && (last.swing() < STILL_SWING * rhythmSwing && !inStep(s, p, last, IN_STEP_R2) || sway(s, last, 1, 0));
    }

    private double median3() {
        double a = recentSpm[0];
        double b = recentSpm[1];
        double c = recentSpm[2];
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
