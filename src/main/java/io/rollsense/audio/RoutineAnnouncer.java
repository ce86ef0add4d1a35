package io.rollsense.audio;

import io.rollsense.routine.RoutineEvent;
import io.rollsense.routine.RoutineListener;
import java.util.Objects;

/**
 * Speaks a guided routine's step changes through an {@link AudioCoach}: the step to do when it
 * starts, its verdict when it ends, the rests and the end of the routine. Called on the thread that
 * feeds the routine judge (the analyzer thread live); {@link AudioCoach#announce} only enqueues, so
 * this never blocks. Step changes are {@link CuePriority#NORMAL}: a safety cue ("off the spine")
 * still wins over them.
 */
public final class RoutineAnnouncer implements RoutineListener {
    private final AudioCoach coach;

    /** @param coach where the words go; never {@code null} */
    public RoutineAnnouncer(AudioCoach coach) {
        this.coach = Objects.requireNonNull(coach, "coach");
    }

    @Override
    public void onRoutineEvent(RoutineEvent event) {
        if (event instanceof RoutineEvent.StepStarted s) { // the step's own pace band: pace cues and metronome
            coach.targetBand(s.step().cadence().minSpm(), s.step().cadence().maxSpm());
        }
        String words = words(event);
        if (words != null) {
            coach.announce(words, CuePriority.NORMAL);
        }
    }

    /** What is said for one routine event, or {@code null} for events that stay silent. */
    static String words(RoutineEvent event) {
        if (event instanceof RoutineEvent.StepStarted s) {
            return "Step " + (s.index() + 1) + ": " + s.step().title() + ".";
        }
        if (event instanceof RoutineEvent.StepEnded e) {
            return e.verdict().text() + ".";
        }
        if (event instanceof RoutineEvent.RestStarted r) {
            return "Rest " + Math.round(r.restMs() / 1000.0) + " seconds. Next: " + r.next().title() + ".";
        }
        if (event instanceof RoutineEvent.PauseChanged p) {
            return p.paused() ? "Paused." : "Go on.";
        }
        if (event instanceof RoutineEvent.Finished f) {
            return f.result().stoppedEarly() ? "Routine stopped." : "Routine done. Well done.";
        }
        return null;
    }
}
