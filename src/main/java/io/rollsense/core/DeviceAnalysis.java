package io.rollsense.core;

import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The one analysis runner: pairs a device's current hello with its {@link Analyzer}, and is the
 * only place that decides what a new hello does. Every command uses it (live and demo through the
 * pipeline's device channels, {@code analyze}, review playback, {@code evaluate}, the gait and FeLT
 * replays), so a replay gives the live run's events.
 *
 * <p><b>The rule for a new hello</b> ({@link #sameLayout}): when the positions, unit, kind, frame
 * rate or taxel area change, the current analyzer is finished (alerts still raised are cleared)
 * and a new one starts with the next frame; otherwise (the same device saying hello again, a new
 * firmware version, a new device id) the analysis continues. Times stay on one timeline: ms since
 * the first analysed frame of the stream, and a new analyzer continues one frame period after the
 * last time of the previous one.
 *
 * <p>Pure and single-threaded like {@link Analyzer}: no I/O, threads or clocks; the thread that
 * feeds it owns it. Never throws for bad input: a calibration that does not fit the device, or an
 * analyzer that throws, is reported once to {@code problems} and the frames of that layout are
 * skipped (counted in {@link #analysisErrors()}) until a hello with another layout.
 */
public final class DeviceAnalysis {
    /** The calibration for a device's hello; may throw (a bad calibration file, say). */
    @FunctionalInterface
    public interface Calibrations {
        Calibration forDevice(Hello hello) throws Exception;

        /** The identity calibration for every device. */
        static Calibrations identity() {
            return hello -> Calibration.identity(hello.channelCount());
        }
    }

    private final AnalysisSettings settings;
    private final Calibrations calibrations;
    private final Consumer<String> problems;
    private Hello hello;
    private Analyzer analyzer;
    private boolean needAnalyzer;
    private boolean failed;
    private boolean tarePending;
    private java.util.NavigableMap<Long, java.util.List<TareResult>> replayTares = new java.util.TreeMap<>();
    private long lastRelMs = -1;
    private long framesAnalysed;
    private long skippedFrames;
    private long strokes;
    private long analysisErrors;
    private long restarts;

    /**
     * @param problems told once per failed layout, in plain words (the caller decides: a status line
     *                 live, an error in {@code analyze})
     */
    public DeviceAnalysis(AnalysisSettings settings, Calibrations calibrations, Consumer<String> problems) {
        if (settings == null || calibrations == null || problems == null) {
            throw new IllegalArgumentException("settings, calibrations and problems are required");
        }
        this.settings = settings;
        this.calibrations = calibrations;
        this.problems = problems;
    }

    /** With the default settings and the identity calibration; problems are ignored. */
    public static DeviceAnalysis plain() {
        return new DeviceAnalysis(AnalysisSettings.DEFAULTS, Calibrations.identity(), msg -> { });
    }

    /** Whether two hellos describe the same channel layout, so analysis continues across them. */
    public static boolean sameLayout(Hello a, Hello b) {
        return a != null && b != null && Arrays.equals(a.positionsMm(), b.positionsMm()) && a.unit() == b.unit()
                && a.kind() == b.kind() && Double.compare(a.rateHz(), b.rateHz()) == 0
                && Double.compare(a.taxelAreaMm2(), b.taxelAreaMm2()) == 0;
    }

    /**
     * A device said hello. Events of a finished analyzer go to {@code sink}.
     *
     * @return true when the analysis continues (same layout), false when a new one starts
     */
    public boolean onHello(Hello h, EventSink sink) {
        boolean same = sameLayout(hello, h);
        if (!same) {
            finish(sink);
            needAnalyzer = true;
            failed = false;
            if (hello != null) {
                restarts++;
            }
        }
        hello = h;
        return same;
    }

    /**
     * Analyses one frame; events go to {@code sink}.
     *
     * @return the pressure field after the frame, or {@code null} when the frame was not analysed
     *         (no hello yet, or this layout's analysis failed)
     */
    public PressureField onFrame(Frame frame, EventSink sink) {
        if (hello == null || failed) {
            return null;
        }
        if (needAnalyzer && !startAnalyzer(frame)) {
            return null;
        }
        try {
            analyzer.onFrame(frame, sink);
        } catch (RuntimeException e) {
            fail("analysis of " + hello.deviceId() + " failed, its frames are passed on unanalysed until the next"
                    + " hello: " + e);
            return null;
        }
        lastRelMs = Math.max(lastRelMs, analyzer.lastTimeMs());
        return analyzer.lastField();
    }

    private boolean startAnalyzer(Frame frame) {
        needAnalyzer = false;
        long origin = lastRelMs < 0 ? frame.deviceTimeMs()
                : frame.deviceTimeMs() - lastRelMs - Math.max(1, Math.round(1000 / hello.rateHz()));
        try {
            analyzer = new Analyzer(hello, settings, calibrations.forDevice(hello), origin);
            analyzer.replayTares(replayTares);
        } catch (Exception e) {
            fail("cannot analyse " + hello.deviceId() + ": " + e.getMessage());
            return false;
        }
        if (tarePending) {
            tarePending = false;
            analyzer.requestTare();
        }
        return true;
    }

    private void fail(String message) {
        failed = true;
        analysisErrors++;
        if (analyzer != null) {
            count(analyzer);
            analyzer = null;
        }
        problems.accept(message);
    }

    /** Tares at the next frame (also when the analyzer starts with that frame). */
    public void requestTare() {
        if (analyzer != null) {
            analyzer.requestTare();
        } else {
            tarePending = true;
        }
    }

    /** Repeats the tares of a recorded session (see {@link Analyzer#replayTares}); call before the first frame. */
    public void replayTares(java.util.List<AnalysisEvent.Tare> tares) {
        replayTares = Analyzer.tareSchedule(tares);
        if (analyzer != null) {
            analyzer.replayTares(replayTares);
        }
    }

    /** Takes back the last requested tare at the next frame ({@link Analyzer#undoTare()}); nothing before analysis starts. */
    public void undoTare() {
        if (analyzer != null) {
            analyzer.undoTare();
        }
    }

    /** Ends the current analysis: alerts still raised are cleared through {@code sink}. Idempotent. */
    public void finish(EventSink sink) {
        if (analyzer == null) {
            return;
        }
        Analyzer a = analyzer;
        analyzer = null;
        try {
            a.finish(sink);
        } catch (RuntimeException e) {
            analysisErrors++;
        }
        count(a);
    }

    private void count(Analyzer a) {
        framesAnalysed += a.frames();
        skippedFrames += a.skippedFrames();
        strokes += a.strokes();
    }

    /** The current hello, or {@code null} before the first. */
    public Hello hello() {
        return hello;
    }

    /** Device time of the last analysed frame, ms on the stream's timeline; -1 before any. */
    public long lastTimeMs() {
        return lastRelMs;
    }

    /** Frames analysed so far (finished and current analyzers). */
    public long framesAnalysed() {
        return framesAnalysed + (analyzer == null ? 0 : analyzer.frames());
    }

    /** Frames an analyzer skipped (time going backwards, wrong channel count). */
    public long skippedFrames() {
        return skippedFrames + (analyzer == null ? 0 : analyzer.skippedFrames());
    }

    /** Strokes counted so far. */
    public long strokes() {
        return strokes + (analyzer == null ? 0 : analyzer.strokes());
    }

    /** Failed layouts (calibration that did not fit, analyzer that threw). */
    public long analysisErrors() {
        return analysisErrors;
    }

    /** How many times a new layout replaced a running one. */
    public long restarts() {
        return restarts;
    }
}
