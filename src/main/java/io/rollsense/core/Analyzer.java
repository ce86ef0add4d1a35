package io.rollsense.core;

import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;
import uk.me.berndporr.iirj.Butterworth;

/**
 * The whole per-device analysis: calibrate → smooth → pressure field → alert detectors → rhythm.
 * Pure and deterministic: fed frames in device time, returns events through an {@link EventSink};
 * no I/O, threads or clocks. Not thread-safe: one thread owns an analyzer.
 *
 * <p>Per frame: readings become kPa through the {@link Calibration} (tare, gain, curve; newtons are
 * divided by the taxel area), each channel is median-filtered over about 90 ms (glitches of a few
 * samples vanish) and low-passed (iirj Butterworth, 8 Hz) for decisions,
 * the measured values give the {@link PressureField} and the alert peaks. Times are ms since the
 * first valid frame (or since the origin given to the constructor). After a gap of more than
 * {@value #GAP_RESET_MS} ms (frames lost) the per-channel filters restart; a forward jump of more
 * than {@value #MAX_TIME_JUMP_MS} ms is a gap that ends alerts and is not counted as analysis time. Frames whose device time goes
 * backwards or whose channel count differs from the hello are skipped and counted, never thrown.
 * Events are delivered in the order they are decided: an alert clear carries the end time where
 * the pressure fell (delivered {@value AlertDetector#CLEAR_MS} ms later) and cadence events carry
 * whole seconds.
 */
public final class Analyzer {
    /** A frame counts as loaded when its filtered highest taxel reaches this pressure (kPa). */
    public static final double LOAD_KPA = 2.0;
    /** Cut-off of the per-channel decision filter in Hz (lower at low frame rates). */
    static final double FILTER_HZ = 8.0;
    /** A gap in device time longer than this (ms) restarts the per-channel filters. */
    static final long GAP_RESET_MS = 500;
    /**
     * A forward jump of device time longer than this (ms) is a gap, not time that passed while
     * analysing: raised alerts end at the last frame before it, the filters restart and analysis time
     * carries on one frame period after that frame (as after a device restart), so a clock that leaps
     * ahead by days gives no flood of cadence events and no invented duration.
     */
    public static final long MAX_TIME_JUMP_MS = 5000;
    /** Span of the per-channel median filter in ms: glitches up to about half of it vanish. */
    static final double GLITCH_SPAN_MS = 90;

    private final Hello hello;
    private final AnalysisSettings settings;
    private final int channels;
    private final double[] positionsMm;
    private final double toKpa;
    private Calibration calibration;
    private final Calibration initialCalibration;
    private Tare tare;
    /** The zero offsets before the last requested tare, for undo; null when there is nothing to undo. */
    private double[] offsetsBeforeTare;
    private boolean undoRequested;
    /** Tares to repeat (a replay of a recorded session), by the frame time to act before; shared, consumed. */
    private java.util.NavigableMap<Long, java.util.List<TareResult>> replayTares = new java.util.TreeMap<>();
    private final SlidingMedian[] medians;
    private final Butterworth[] filters;
    private final double[] measured;
    private final double[] filtered;
    private final double[] despiked;
    private final RhythmInput rhythmInput = new RhythmInput();
    /** Each taxel's lowest reading, for the rhythm of a raw device without a calibration (else null). */
    private final RawZero rawZero;
    private final SpineLine spineLine = new SpineLine();
    private final AlertDetector overpressure;
    private final AlertDetector spine;
    private RhythmDetector rhythm;   // made at the first frame (and after a time jump), starting at its time
    private long strokesBefore;       // strokes counted by rhythm detectors before the last time jump

    private long originMs = Long.MIN_VALUE;
    private long lastMs = Long.MIN_VALUE;
    private long frames;
    private long skippedFrames;
    private long timeJumps;
    private FieldState state;
    private PressureField cachedField;

    /** An analyzer with the identity calibration (tare still applies). */
    public Analyzer(Hello hello, AnalysisSettings settings) {
        this(hello, settings, Calibration.identity(hello.channelCount()));
    }

    /**
     * An analyzer with a calibration.
     *
     * @throws IllegalArgumentException when the calibration's channel count differs from the hello's,
     *                                  or a newton device declares no taxel area anywhere
     */
    public Analyzer(Hello hello, AnalysisSettings settings, Calibration calibration) {
        this.hello = hello;
        this.settings = settings;
        this.channels = hello.channelCount();
        this.toKpa = unitFactor(hello, calibration);
        this.calibration = calibration;
        this.positionsMm = hello.positionsMm();
        this.tare = new Tare(channels);
        this.filters = new Butterworth[channels];
        this.medians = new SlidingMedian[channels];
        double cutoff = Math.min(FILTER_HZ, hello.rateHz() * 0.3);
        for (int i = 0; i < channels; i++) {
            medians[i] = new SlidingMedian(SlidingMedian.windowFor(GLITCH_SPAN_MS, hello.rateHz()));
            filters[i] = new Butterworth();
            filters[i].lowPass(2, hello.rateHz(), cutoff);
        }
        this.measured = new double[channels];
        this.filtered = new double[channels];
        this.despiked = new double[channels];
        this.overpressure = new AlertDetector(AlertKind.OVERPRESSURE, settings.overpressureKpaFor(hello.kind()),
                settings.minAlertMs());
        this.spine = new AlertDetector(AlertKind.SPINE, settings.spineKpaFor(hello.kind()), settings.minAlertMs());
        this.initialCalibration = calibration;
        this.rawZero = uncalibratedRaw(hello, calibration) ? new RawZero(channels,
                SlidingMedian.windowFor(GLITCH_SPAN_MS, hello.rateHz())) : null;
    }

    /**
     * As {@link #Analyzer(Hello, AnalysisSettings, Calibration)} with an explicit time origin: event
     * times are ms since {@code originMs} of device time (to continue one timeline after a new hello).
     */
    public Analyzer(Hello hello, AnalysisSettings settings, Calibration calibration, long originMs) {
        this(hello, settings, calibration);
        this.originMs = originMs;
    }

    /**
     * Why a device's frames cannot be analysed with a calibration, or {@code null} when they can.
     * The one rule every command applies (check, analyze, live): a {@code unit=N} device needs a
     * taxel area, from its hello ({@code area=}) or the calibration ({@code area-mm2}); without one
     * its frames are counted but not analysed.
     *
     * @param calibration the calibration that will be used, or {@code null} for none
     */
    public static String unanalysableReason(Hello hello, Calibration calibration) {
        boolean calArea = calibration != null && !Double.isNaN(calibration.areaMm2());
        if (hello.unit() == PressureUnit.NEWTON && !calArea && Double.isNaN(hello.taxelAreaMm2())) {
            return "device " + hello.deviceId() + " sends newtons (unit=N) without a taxel area: add area= to its hello"
                    + " or give a calibration file with area-mm2; its frames are counted, not analysed";
        }
        if (calibration != null && calibration.channelCount() != hello.channelCount()) {
            return "calibration has " + calibration.channelCount() + " channels but device " + hello.deviceId()
                    + " has " + hello.channelCount() + "; its frames are counted, not analysed";
        }
        return null;
    }

    private static double unitFactor(Hello hello, Calibration calibration) {
        String reason = unanalysableReason(hello, calibration);
        if (reason != null) {
            throw new IllegalArgumentException(reason);
        }
        if (hello.unit() != PressureUnit.NEWTON) {
            return 1;
        }
        return 1000.0 / (Double.isNaN(calibration.areaMm2()) ? hello.taxelAreaMm2() : calibration.areaMm2());
    }

    /** Analyses one frame (values in the hello's unit); events go to {@code sink}. */
    public void onFrame(Frame frame, EventSink sink) {
        if (frame.channelCount() != channels) {
            skippedFrames++;
            return;
        }
        if (originMs == Long.MIN_VALUE) {
            originMs = frame.deviceTimeMs();
        }
        long t = frame.deviceTimeMs() - originMs;
        if (t < lastMs) {
            skippedFrames++;
            return;
        }
        if (lastMs != Long.MIN_VALUE && t - lastMs > MAX_TIME_JUMP_MS) {
            long carryOnMs = lastMs + framePeriodMs();
            originMs += t - carryOnMs; // later frames follow the new clock from here
            t = carryOnMs;
            timeJumps++;
            restartAfterGap(sink);
        } else if (lastMs != Long.MIN_VALUE && t - lastMs > GAP_RESET_MS) {
            resetFilters(); // frames went missing for a while: the filters' memory is stale
        }
        lastMs = t;
        frames++;
        if (rhythm == null) {
            rhythm = new RhythmDetector(positionsMm, t);
        }
        double[] raw = frame.values();
        double fMax = 0;
        double mMax = 0;
        for (int i = 0; i < channels; i++) {
            measured[i] = calibration.apply(i, raw[i]) * toKpa;
            despiked[i] = medians[i].filter(measured[i]);
            filtered[i] = filters[i].filter(despiked[i]);
            fMax = Math.max(fMax, filtered[i]);
            mMax = Math.max(mMax, measured[i]);
        }
        boolean loaded = fMax >= LOAD_KPA;
        if (!replayTares.isEmpty()) {
            repeatTares(t);
        }
        tare(t, raw, loaded, mMax, sink);
        FieldState s = FieldState.compute(t, measured, filtered, positionsMm, loaded, spineLine,
                settings.spineZoneMm());
        state = s;
        cachedField = null;
        overpressure.update(t, loaded ? s.filteredMaxKpa() : 0, s.maxKpa(), s.maxChannel(), sink);
        spine.update(t, loaded ? s.filteredSpineKpa() : 0, s.spineKpa(), s.spineChannel(), sink);
        double[] rhythmValues = rawZero == null ? despiked : rawZero.fromZero(t, despiked);
        rhythmInput.compute(rhythmValues, positionsMm);
        rhythm.onFrame(t, rhythmInput.totalKpa, rhythmInput.copMm, rhythmInput.spreadMm, rhythmValues, sink);
    }

    /**
     * Whether a device sends raw counts that no calibration scales: its rhythm is then measured from
     * each taxel's lowest reading (the baseline is unknown), so strokes need no calibration.
     */
    static boolean uncalibratedRaw(Hello hello, Calibration calibration) {
        if (hello.unit() != PressureUnit.RAW) {
            return false;
        }
        for (int i = 0; i < calibration.channelCount(); i++) {
            if (calibration.gains()[i] != 1 || calibration.curves()[i] != FsrCurve.LINEAR) {
                return false;
            }
        }
        return true;
    }

    private void repeatTares(long t) {
        for (var due = replayTares.pollFirstEntry(); due != null; due = replayTares.pollFirstEntry()) {
            if (due.getKey() > t) {
                replayTares.put(due.getKey(), due.getValue());
                return;
            }
            for (TareResult r : due.getValue()) {
                if (r == TareResult.UNDONE) {
                    undoRequested = true;
                } else {
                    tare.request();
                }
            }
        }
    }

    /**
     * Repeats recorded tares (a replay of a session): before the frame at each tare's
     * {@code requestedMs} the tare is requested again (an undo before the frame at its
     * {@code timeMs}), so the replay decides as the live run did. The map is shared and consumed
     * (so that an analyzer made after a new hello goes on with what is left); build it with
     * {@link #tareSchedule}.
     */
    public void replayTares(java.util.NavigableMap<Long, java.util.List<TareResult>> schedule) {
        this.replayTares = schedule;
    }

    /** The schedule for {@link #replayTares} of recorded tare events. */
    public static java.util.NavigableMap<Long, java.util.List<TareResult>> tareSchedule(
            java.util.List<AnalysisEvent.Tare> tares) {
        java.util.NavigableMap<Long, java.util.List<TareResult>> m = new java.util.TreeMap<>();
        for (AnalysisEvent.Tare t : tares) {
            long at = t.result() == TareResult.UNDONE ? t.timeMs() : t.requestedMs();
            m.computeIfAbsent(at, k -> new java.util.ArrayList<>()).add(t.result());
        }
        return m;
    }

    /**
     * After a gap ({@link #MAX_TIME_JUMP_MS}) the analysis starts again as a fresh analyzer would on
     * the same timeline: raised alerts end at the last frame before the gap, filters, tare and the
     * rhythm detector start anew (strokes counted so far are kept).
     */
    private void restartAfterGap(EventSink sink) {
        overpressure.finish(lastMs, sink);
        spine.finish(lastMs, sink);
        resetFilters();
        tare = new Tare(channels);
        calibration = initialCalibration;
        offsetsBeforeTare = null;
        if (rhythm != null) {
            strokesBefore += rhythm.strokes();
            rhythm = null;
        }
    }

    /** The nominal frame period from the declared rate, ms (at least 1). */
    public long framePeriodMs() {
        return Math.max(1, Math.round(1000 / hello.rateHz()));
    }

    private void tare(long t, double[] raw, boolean loaded, double mMax, EventSink sink) {
        if (undoRequested) {
            undoRequested = false;
            if (offsetsBeforeTare != null) {
                calibration = calibration.withOffsets(offsetsBeforeTare);
                offsetsBeforeTare = null;
                sink.accept(new AnalysisEvent.Tare(t, t, TareResult.UNDONE, 0));
            }
        }
        Tare.Outcome o = tare.accept(t, raw, !loaded && mMax < LOAD_KPA, mMax);
        if (o == null) {
            return;
        }
        if (o.offsets() != null) {
            if (o.requested() == TareResult.DONE) {
                offsetsBeforeTare = calibration.offsets();
            }
            calibration = calibration.withOffsets(o.offsets());
        }
        if (o.requested() != null) {
            sink.accept(new AnalysisEvent.Tare(t, o.requestedMs(), o.requested(), o.highestKpa()));
        }
    }

    private void resetFilters() {
        for (int i = 0; i < channels; i++) {
            medians[i] = new SlidingMedian(medians[i].window());
            filters[i].reset();
        }
    }

    /** End of input: clears alerts still raised (with end time = last frame). */
    public void finish(EventSink sink) {
        if (lastMs == Long.MIN_VALUE) {
            return;
        }
        overpressure.finish(lastMs, sink);
        spine.finish(lastMs, sink);
    }

    /**
     * Asks for a tare: the next {@value Tare#STRETCH_MS} ms of frames become the zero offsets, unless
     * a taxel reads {@value Tare#REQUEST_MAX_KPA} kPa or more meanwhile (someone is on the device):
     * then the zero stays as it is. Either way a {@link AnalysisEvent.Tare} event says what happened.
     */
    public void requestTare() {
        tare.request();
    }

    /**
     * Takes back the last tare that {@link #requestTare()} did (on the next frame, with an
     * {@link AnalysisEvent.Tare} {@code UNDONE} event); does nothing when there is none to take back.
     */
    public void undoTare() {
        undoRequested = true;
    }

    /** The field of the last frame, or {@code null} before the first frame. */
    public PressureField lastField() {
        if (state == null) {
            return null;
        }
        if (cachedField == null) {
            cachedField = state.toField(measured);
        }
        return cachedField;
    }

    /** The calibration in use, including the latest tare offsets. */
    public Calibration calibration() {
        return calibration;
    }

    /** The device this analyzer was made for. */
    public Hello hello() {
        return hello;
    }

    /** Frames analysed so far. */
    public long frames() {
        return frames;
    }

    /** Frames skipped because their time went backwards or their channel count was wrong. */
    public long skippedFrames() {
        return skippedFrames;
    }

    /** Forward jumps of device time longer than {@link #MAX_TIME_JUMP_MS} treated as gaps so far. */
    public long timeJumps() {
        return timeJumps;
    }

    /** Strokes counted so far. */
    public long strokes() {
        return strokesBefore + (rhythm == null ? 0 : rhythm.strokes());
    }

    /** Device time of the last analysed frame in ms since the origin, or -1 before any. */
    public long lastTimeMs() {
        return lastMs == Long.MIN_VALUE ? -1 : lastMs;
    }

    /** Overpressure threshold in use, kPa. */
    public double overpressureKpa() {
        return overpressure.thresholdKpa();
    }

    /** Spine threshold in use, kPa. */
    public double spineKpa() {
        return spine.thresholdKpa();
    }
}
