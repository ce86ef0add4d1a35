package io.rollsense.routine;

/**
 * What a view may see and ask of a routine running in the live pipeline (implemented by
 * {@code pipeline.RoutineCoach}; kept here so the ui and audio packages need not import the
 * pipeline). Every method may be called from any thread; listeners are called on the analyzer
 * thread and must hand their work to their own thread (Swing, speech).
 */
public interface RoutineControl {
    /** Adds a listener for the routine's step changes. */
    void addListener(RoutineListener listener);

    /** Pauses, or resumes when paused; carried out at the next frame. */
    void togglePause();

    /** Skips the current step or rest; carried out at the next frame. */
    void skip();

    /** Where the routine stands now. */
    RoutineStatus status();

    /** The latest rhythm reading in strokes/min, null when not rolling. */
    Double lastSpm();

    /** The highest taxel pressure over the last second of device time, kPa. */
    double recentPeakKpa();

    /** The too-hard limit in force for the routine's device, kPa, or NaN before the device said hello. */
    double overpressureKpa();
}
