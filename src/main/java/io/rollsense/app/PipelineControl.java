package io.rollsense.app;

/**
 * What a view may ask of a running pipeline. Thread-safe: callable from any thread (the Swing
 * event thread in particular); requests are carried out on the analyzer thread.
 */
public interface PipelineControl {
    /** Ask every analyzer to tare (zero offsets) on its next frames. */
    void requestTare();

    /** Whether the session is being recorded (for the status line). */
    boolean recording();

    /** Stop the pipeline (window closed); returns at once. */
    void stop();
}
