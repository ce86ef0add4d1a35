package io.rollsense.routine;

/**
 * A snapshot of where a guided routine stands, for the screen. Immutable.
 *
 * @param routine     the routine
 * @param phase       what is going on
 * @param index       current step (during a rest: the next step), 0-based
 * @param elapsedMs   time spent in the current step or rest, not counting pauses, ms
 * @param remainingMs time left in it, ms (a stroke step: estimated from the strokes left)
 * @param strokes     strokes counted in the current step
 * @param paused      whether the user paused
 * @param doneMs      planned time of the steps and rests already behind, plus elapsed, ms
 */
public record RoutineStatus(Routine routine, Phase phase, int index, long elapsedMs, long remainingMs, int strokes,
                            boolean paused, long doneMs) {
    /** Where the routine is. */
    public enum Phase { WAITING, STEP, REST, FINISHED }

    /** The current (or, resting, the next) step. */
    public RoutineStep step() {
        return routine.steps().get(Math.min(index, routine.steps().size() - 1));
    }

    /** Progress through the whole routine by planned time, 0..1. */
    public double progress() {
        return phase == Phase.FINISHED ? 1 : Math.min(1, doneMs / (routine.plannedSeconds() * 1000));
    }
}
