package io.rollsense.routine;

/**
 * Receives {@link RoutineEvent}s on the thread that feeds the judge (the analyzer thread live):
 * must be quick and must not throw; hand Swing or audio work to their own threads.
 */
@FunctionalInterface
public interface RoutineListener {
    void onRoutineEvent(RoutineEvent event);
}
