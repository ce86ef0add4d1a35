package io.rollsense.routine;

import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.Hello;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs a routine step by step in device time and judges each step from the analysis: fed every
 * {@link PressureField} and {@link AnalysisEvent} of one device (in the analyzer's order), it
 * starts, rests and ends steps by the time (or strokes) they ask for and announces each change
 * to its {@link RoutineListener}. Pure and deterministic: no clocks, threads or I/O, so a replay
 * of a session judges it exactly as live. Not thread-safe: call from the analyzer thread only
 * (user requests such as pause and skip are handed over by the caller with the device time of
 * the next frame).
 *
 * <p>The first field starts the routine. A step's verdict is announced when it ends; events that
 * arrive later but belong to it (strokes confirmed after the fact) are counted in the final
 * {@link RoutineResult}, which re-judges every step when the routine finishes.
 */
public final class RoutineJudge {
    private final Routine routine;
    private final double[] positionsMm;
    private final double overpressureKpa;
    private final RoutineListener listener;
    private final List<StepMetrics> steps = new ArrayList<>();
    private RoutineStatus.Phase phase = RoutineStatus.Phase.WAITING;
    private int index;
    private long phaseElapsedMs;
    private long lastMs = Long.MIN_VALUE;
    private long startMs;
    private long doneBeforeMs;
    private boolean paused;
    private long openSpineStartMs = -1;
    private long countedSpineStartMs = -1;
    private int openSpineChannel;
    private final double spineZoneMm;
    private final double halfPitchMm;
    private final boolean canSeeSpineWhileLeaning;
    private double centreSumMm;
    private long centreFrames;
    private RoutineResult result;

    /**
     * @param routine         the routine to run
     * @param hello           the device (taxel positions)
     * @param overpressureKpa the too-hard limit in force, kPa (pressure bands given as shares use it)
     * @param spineZoneMm     the analysis' spine zone half-width, mm
     * @param listener        receives the routine's events; must not throw
     */
    public RoutineJudge(Routine routine, Hello hello, double overpressureKpa, double spineZoneMm, RoutineListener listener) {
        this.routine = Objects.requireNonNull(routine, "routine");
        this.positionsMm = hello.positionsMm().clone();
        if (!(overpressureKpa > 0)) {
            throw new IllegalArgumentException("overpressureKpa must be > 0, was " + overpressureKpa);
        }
        this.overpressureKpa = overpressureKpa;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.spineZoneMm = spineZoneMm;
        double[] xs = java.util.Arrays.stream(positionsMm).distinct().sorted().toArray();
        double pitch = 0;
        for (int i = 1; i < xs.length; i++) {
            pitch = Math.max(pitch, xs[i] - xs[i - 1]);
        }
        this.halfPitchMm = pitch / 2;
        this.canSeeSpineWhileLeaning = xs.length >= 3;
    }

    /** One analysed frame: advances the routine's clock to its time and files it in the current step. */
    public void onField(PressureField field) {
        long t = field.timeMs();
        advance(t);
        if (phase == RoutineStatus.Phase.STEP && !paused) {
            current().onField(field);
        }
        checkPhaseEnd(t);
    }

    /** One analysis event, filed in the step its time belongs to (an alert by its onset). */
    public void onEvent(AnalysisEvent event) {
        long t = event instanceof AnalysisEvent.AlertCleared c ? c.startMs() : event.timeMs();
        if (event instanceof AnalysisEvent.AlertRaised r && r.kind() == AlertKind.SPINE) {
            openSpineStartMs = r.startMs();
            openSpineChannel = r.channel();
        }
        if (event instanceof AnalysisEvent.AlertCleared c && c.kind() == AlertKind.SPINE) {
            if (c.startMs() == countedSpineStartMs) {
                return; // counted already, cut at the end of its step
            }
            if (c.startMs() == openSpineStartMs) {
                openSpineStartMs = -1;
            }
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).covers(t)) {
                steps.get(i).onEvent(event);
                if (i == steps.size() - 1 && phase == RoutineStatus.Phase.STEP) {
                    checkPhaseEnd(Math.max(lastMs, 0));
                }
                return;
            }
        }
    }

    /** Pauses (true) or resumes (false) at device time {@code tMs}; paused time does not count. */
    public void setPaused(long tMs, boolean pause) {
        if (phase == RoutineStatus.Phase.FINISHED || phase == RoutineStatus.Phase.WAITING || pause == paused) {
            return;
        }
        advance(tMs);
        paused = pause;
        listener.onRoutineEvent(new RoutineEvent.PauseChanged(tMs, pause));
    }

    /** Skips the current step (or the rest) at device time {@code tMs}. */
    public void skip(long tMs) {
        if (phase == RoutineStatus.Phase.STEP) {
            advance(tMs);
            current().skipped = true;
            endStep(tMs);
        } else if (phase == RoutineStatus.Phase.REST) {
            advance(tMs);
            startStep(tMs);
        }
    }

    /** Stops early (or at the end of input) at device time {@code tMs}, keeping what was done. */
    public void stop(long tMs) {
        if (phase == RoutineStatus.Phase.FINISHED) {
            return;
        }
        if (phase == RoutineStatus.Phase.WAITING) {
            return;
        }
        advance(tMs);
        if (phase == RoutineStatus.Phase.STEP) {
            closeStep(tMs);
        }
        finish(tMs, true);
    }

    private void advance(long t) {
        if (phase == RoutineStatus.Phase.WAITING) {
            startMs = t;
            lastMs = t;
            listener.onRoutineEvent(new RoutineEvent.Started(t, routine));
            startStep(t);
            return;
        }
        if (t > lastMs) {
            long dt = t - lastMs;
            lastMs = t;
            if (!paused && phase != RoutineStatus.Phase.FINISHED) {
                phaseElapsedMs += dt;
                if (phase == RoutineStatus.Phase.STEP) {
                    current().activeMs += dt;
                }
            }
        }
    }

    private void checkPhaseEnd(long t) {
        if (phase == RoutineStatus.Phase.STEP) {
            RoutineStep s = current().step;
            boolean done = s.strokes() != null
                    ? current().strokes >= s.strokes() || phaseElapsedMs >= 2 * s.plannedMs()
                    : phaseElapsedMs >= s.plannedMs();
            if (done) {
                endStep(t);
            }
        } else if (phase == RoutineStatus.Phase.REST && phaseElapsedMs >= routine.steps().get(index - 1).restMs()) {
            startStep(t);
        }
    }

    private void startStep(long t) {
        if (phase == RoutineStatus.Phase.REST) {
            doneBeforeMs += routine.steps().get(index - 1).restMs();
        }
        RoutineStep s = routine.steps().get(index);
        StepMetrics m = new StepMetrics(index, s, t, positionsMm);
        m.spineFilter = leaningSpineFilter();
        steps.add(m);
        phase = RoutineStatus.Phase.STEP;
        phaseElapsedMs = 0;
        listener.onRoutineEvent(new RoutineEvent.StepStarted(t, index, s));
    }

    private void closeStep(long t) {
        StepMetrics m = current();
        m.endMs = Math.max(t, m.startMs);
        if (!m.leaning() && m.loadedFrames() > 0) { // a centred step teaches where the spine sits
            centreSumMm += m.copSumMm;
            centreFrames += m.loadedFrames();
        }
        if (openSpineStartMs >= 0 && openSpineStartMs < m.endMs) {
            m.spineContact(Math.max(openSpineStartMs, m.startMs), m.endMs, openSpineChannel);
            countedSpineStartMs = openSpineStartMs; // its clear, when it comes, is ignored
            openSpineStartMs = -1;
        }
        listener.onRoutineEvent(new RoutineEvent.StepEnded(t, index, StepJudging.verdict(m, overpressureKpa)));
        doneBeforeMs += m.step.plannedMs();
        index++;
    }

    private void endStep(long t) {
        closeStep(t);
        if (index >= routine.steps().size()) {
            finish(t, false);
            return;
        }
        RoutineStep done = routine.steps().get(index - 1);
        if (done.restMs() > 0) {
            phase = RoutineStatus.Phase.REST;
            phaseElapsedMs = 0;
            listener.onRoutineEvent(new RoutineEvent.RestStarted(t, done.restMs(), index, routine.steps().get(index)));
        } else {
            startStep(t);
        }
    }

    private void finish(long t, boolean early) {
        phase = RoutineStatus.Phase.FINISHED;
        List<StepVerdict> verdicts = new ArrayList<>();
        for (StepMetrics m : steps) {
            verdicts.add(StepJudging.verdict(m, overpressureKpa));
        }
        result = RoutineResult.of(routine, startMs, t, verdicts, early);
        listener.onRoutineEvent(new RoutineEvent.Finished(t, result));
    }

    /**
     * While the body leans to one side the core's spine line (the smoothed centre of pressure)
     * moves onto the leaned-on muscle, so its spine alerts there are mostly that muscle. In a
     * one-side step a spine alert counts only when its peak taxel lies within the spine zone plus
     * half the taxel pitch of the body centre learned in the both-sides steps so far (the device
     * centre before any). With fewer than three taxels across (two balls) leaning and the spine
     * cannot be told apart: spine alerts in one-side steps are not counted, and the verdict says so.
     */
    private StepMetrics.SpineFilter leaningSpineFilter() {
        if (!canSeeSpineWhileLeaning) {
            return x -> false;
        }
        double centre = centreFrames > 0 ? centreSumMm / centreFrames : deviceCentreMm();
        double reach = spineZoneMm + halfPitchMm;
        return x -> Math.abs(x - centre) <= reach;
    }

    private double deviceCentreMm() {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (double p : positionsMm) {
            lo = Math.min(lo, p);
            hi = Math.max(hi, p);
        }
        return (lo + hi) / 2;
    }

    private StepMetrics current() {
        return steps.get(steps.size() - 1);
    }

    /** Where the routine stands now. */
    public RoutineStatus status() {
        long remaining = 0;
        int strokes = 0;
        if (phase == RoutineStatus.Phase.STEP) {
            RoutineStep s = current().step;
            strokes = current().strokes;
            remaining = s.strokes() != null ? Math.round(Math.max(0, s.strokes() - strokes) * 60000 / s.cadence().middleSpm())
                    : Math.max(0, s.plannedMs() - phaseElapsedMs);
        } else if (phase == RoutineStatus.Phase.REST) {
            remaining = Math.max(0, routine.steps().get(index - 1).restMs() - phaseElapsedMs);
        }
        return new RoutineStatus(routine, phase, index, phaseElapsedMs, remaining, strokes, paused,
                doneBeforeMs + (phase == RoutineStatus.Phase.FINISHED ? 0 : phaseElapsedMs));
    }

    /** The result once finished (all steps done or {@link #stop}), else {@code null}. */
    public RoutineResult result() {
        return result;
    }

    /** The routine being judged. */
    public Routine routine() {
        return routine;
    }
}
