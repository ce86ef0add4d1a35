package io.rollsense.pipeline;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.RecordingControl;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.Hello;
import io.rollsense.routine.Routine;
import io.rollsense.routine.RoutineEvent;
import io.rollsense.routine.RoutineJson;
import io.rollsense.routine.RoutineJudge;
import io.rollsense.routine.RoutineListener;
import io.rollsense.routine.RoutineResult;
import io.rollsense.routine.RoutineStatus;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs a guided routine inside the live pipeline: a {@link PipelineListener} that feeds the first
 * device's fields and events to a {@link RoutineJudge}, records the routine's records in the
 * session, and tells {@link RoutineListener}s about every step change (the screen shows them; the
 * audio package can speak them: {@link #addListener}).
 *
 * <p>Threading: the judge runs on the analyzer thread (pipeline callbacks). {@link #togglePause},
 * {@link #skip} and {@link #status} may be called from any thread: requests are queued and carried
 * out at the device time of the next frame; the status is a snapshot published after each frame.
 * Listeners are called on the analyzer thread and must be quick; one that throws is reported once
 * on stderr and skipped for that event.
 */
public final class RoutineCoach implements PipelineListener, io.rollsense.routine.RoutineControl {
    private enum Request { PAUSE, SKIP }

    private final Routine routine;
    private final AnalysisSettings settings;
    private final RecordingControl recording;
    private final List<RoutineListener> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
    private final Deque<Long> scriptedSkipsMs;
    private String deviceId;
    private RoutineJudge judge;
    private volatile RoutineStatus status;
    private volatile RoutineResult result;
    private volatile Double lastSpm;
    private volatile double recentPeakKpa;
    private double windowPeakKpa;
    private long windowStartMs;
    private long lastMs;
    private volatile double overKpa = Double.NaN;

    /**
     * @param routine         the routine to run
     * @param settings        the analysis settings in force (the too-hard limit, the spine zone)
     * @param recording       where to record routine records, or {@code null}
     * @param scriptedSkipsMs device times (ms since the first frame) at which to skip, for a simulated
     *                        person who presses skip; empty live
     */
    public RoutineCoach(Routine routine, AnalysisSettings settings, RecordingControl recording, List<Long> scriptedSkipsMs) {
        this.routine = Objects.requireNonNull(routine, "routine");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.recording = recording;
        this.scriptedSkipsMs = new ArrayDeque<>(scriptedSkipsMs);
        this.status = new RoutineStatus(routine, RoutineStatus.Phase.WAITING, 0, 0, routine.steps().get(0).plannedMs(), 0,
                false, 0);
    }

    /** Adds a listener for step changes (any thread; called on the analyzer thread). */
    @Override
    public void addListener(RoutineListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Pauses, or resumes when paused (any thread). */
    @Override
    public void togglePause() {
        requests.add(Request.PAUSE);
    }

    /** Skips the current step or rest (any thread). */
    @Override
    public void skip() {
        requests.add(Request.SKIP);
    }

    /** Where the routine stands (any thread). */
    @Override
    public RoutineStatus status() {
        return status;
    }

    /** The result once the routine finished or the pipeline stopped, else {@code null} (any thread). */
    public RoutineResult result() {
        return result;
    }

    /** The latest rhythm reading in strokes/min, null when not rolling (any thread). */
    @Override
    public Double lastSpm() {
        return lastSpm;
    }

    /** The highest taxel pressure over the last second of device time, kPa (any thread). */
    @Override
    public double recentPeakKpa() {
        return recentPeakKpa;
    }

    /** The too-hard limit in force for the routine's device, kPa, or NaN before the device said hello. */
    @Override
    public double overpressureKpa() {
        return overKpa;
    }

    /** The routine being run. */
    public Routine routine() {
        return routine;
    }

    @Override
    public void onHello(Hello hello, long hostTimeMs) {
        if (judge == null) {
            deviceId = hello.deviceId();
            overKpa = settings.overpressureKpaFor(hello.kind());
            judge = new RoutineJudge(routine, hello, settings.overpressureKpaFor(hello.kind()), settings.spineZoneMm(),
                    this::announce);
        }
    }

    @Override
    public void onField(String device, PressureField field) {
        if (judge == null || field == null || !Objects.equals(device, deviceId)) {
            return;
        }
        lastMs = field.timeMs();
        while (!scriptedSkipsMs.isEmpty() && lastMs >= scriptedSkipsMs.peek()) {
            judge.skip(scriptedSkipsMs.poll());
        }
        for (Request r; (r = requests.poll()) != null; ) {
            if (r == Request.SKIP) {
                judge.skip(lastMs);
            } else {
                judge.setPaused(lastMs, !judge.status().paused());
            }
        }
        judge.onField(field);
        status = judge.status();
        windowPeakKpa = Math.max(windowPeakKpa, field.loaded() ? field.maxKpa() : 0);
        if (lastMs - windowStartMs >= 1000) { // the highest taxel over the last second, for the step's pressure cue
            recentPeakKpa = windowPeakKpa;
            windowPeakKpa = 0;
            windowStartMs = lastMs;
        }
    }

    @Override
    public void onEvent(String device, AnalysisEvent event) {
        if (judge != null && Objects.equals(device, deviceId)) {
            judge.onEvent(event);
            if (event instanceof AnalysisEvent.Cadence c) {
                lastSpm = c.spm();
            }
        }
    }

    @Override
    public void onStop() {
        if (judge != null) {
            judge.stop(lastMs);
            status = judge.status();
        }
    }

    private void announce(RoutineEvent e) {
        if (recording != null) {
            if (e instanceof RoutineEvent.Started s) {
                recording.recordRoutine(deviceId, RoutineJson.started(s.routine(), s.timeMs()).toString());
            } else if (e instanceof RoutineEvent.StepEnded s) {
                recording.recordRoutine(deviceId, RoutineJson.stepEnded(s.verdict()).toString());
            } else if (e instanceof RoutineEvent.Finished f) {
                recording.recordRoutine(deviceId, RoutineJson.finished(f.result()).toString());
            }
        }
        if (e instanceof RoutineEvent.Finished f) {
            result = f.result();
        }
        for (RoutineListener l : listeners) {
            try {
                l.onRoutineEvent(e);
            } catch (RuntimeException ex) {
                System.err.println("rollsense: routine listener failed: " + ex);
            }
        }
    }
}
