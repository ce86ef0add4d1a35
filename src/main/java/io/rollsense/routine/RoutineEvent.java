package io.rollsense.routine;

/**
 * What happens in a guided routine, in device time (ms since the first frame, the analyzer's
 * timeline). Delivered to a {@link RoutineListener} on the thread that feeds the
 * {@link RoutineJudge} (the analyzer thread live). Announce these: the screen shows them, the
 * audio package may speak them.
 */
public sealed interface RoutineEvent {
    /** Device time of the event, ms since the first frame. */
    long timeMs();

    /** The routine began (its first step starts at the same time). */
    record Started(long timeMs, Routine routine) implements RoutineEvent {
    }

    /** Step {@code index} (0-based) starts now: say what to do. */
    record StepStarted(long timeMs, int index, RoutineStep step) implements RoutineEvent {
    }

    /** Step {@code index} ended (done, skipped by the user, or cut short by a stop) with its verdict. */
    record StepEnded(long timeMs, int index, StepVerdict verdict) implements RoutineEvent {
    }

    /** A rest of {@code restMs} starts; {@code next} is the step after it. */
    record RestStarted(long timeMs, long restMs, int nextIndex, RoutineStep next) implements RoutineEvent {
    }

    /** Paused ({@code paused} true) or resumed by the user; paused time does not count. */
    record PauseChanged(long timeMs, boolean paused) implements RoutineEvent {
    }

    /** The routine ended: all steps done, or stopped early ({@link RoutineResult#stoppedEarly()}). */
    record Finished(long timeMs, RoutineResult result) implements RoutineEvent {
    }
}
