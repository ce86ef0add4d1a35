package io.rollsense.api;

/**
 * What a view may ask of a running pipeline. Thread-safe: callable from any thread (the Swing
 * event thread in particular); requests are carried out on the analyzer thread, session notes
 * by the session recorder ({@link RecordingControl}).
 */
public interface PipelineControl {
    /**
     * Ask every analyzer to tare (zero offsets) on its next second of frames; an analyzer refuses
     * while someone presses on its device. The outcome arrives as an {@code AnalysisEvent.Tare}.
     */
    void requestTare();

    /** Ask every analyzer to take back its last requested tare (outcome as an {@code AnalysisEvent.Tare}). */
    default void undoTare() {
    }

    /** Whether the session is being recorded now (for the status line); false after a write failure. */
    boolean recording();

    /** Stop the pipeline (window closed); returns at once. */
    void stop();

    /** Whether session recording stopped (or never started) because the file could not be written. */
    default boolean recordingFailed() {
        return false;
    }

    /**
     * Records the pain rating 0..10 before the session with the recorded session; does nothing when
     * the session is not recorded.
     *
     * @throws IllegalArgumentException when {@code pain} is outside 0..10
     */
    default void setPainBefore(int pain) {
        checkPain(pain);
    }

    /** Like {@link #setPainBefore} for the rating after the session. */
    default void setPainAfter(int pain) {
        checkPain(pain);
    }

    /** Adds a free-text note to the recorded session; does nothing when it is not recorded. */
    default void addNote(String note) {
    }

    /** @throws IllegalArgumentException when {@code pain} is outside 0..10 */
    static void checkPain(int pain) {
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("pain must be in 0..10, was " + pain);
        }
    }
}
