package io.rollsense.core;

import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;

/**
 * The whole per-device analysis: calibrate → smooth → pressure field → alert detectors → rhythm.
 * Pure and deterministic: fed frames in device time, returns events through an {@link EventSink};
 * no I/O, threads or clocks. Not thread-safe: one thread owns an analyzer.
 */
public final class Analyzer {
    // Implementation in progress (core issue).
    public Analyzer(Hello hello, AnalysisSettings settings) {
    }

    /** Analyses one frame (values in the hello's unit); events go to {@code sink}. */
    public void onFrame(Frame frame, EventSink sink) {
        throw new UnsupportedOperationException("Analyzer not implemented yet");
    }

    /** End of input: clears alerts still raised (with end time = last frame) and flushes rhythm. */
    public void finish(EventSink sink) {
        throw new UnsupportedOperationException("Analyzer not implemented yet");
    }

    /** Asks for a tare: the next unloaded-or-not stretch of frames becomes the zero offset. */
    public void requestTare() {
        throw new UnsupportedOperationException("Analyzer not implemented yet");
    }

    /** The field of the last frame, or {@code null} before the first frame. */
    public PressureField lastField() {
        throw new UnsupportedOperationException("Analyzer not implemented yet");
    }
}
