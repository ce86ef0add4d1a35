package io.rollsense.ui;

import io.rollsense.app.PipelineControl;
import io.rollsense.app.PipelineListener;
import io.rollsense.core.AnalysisSettings;

/**
 * The live chart view (issue 6). Placeholder API: the UI helper implements it.
 */
public final class LiveView {
    private LiveView() {
    }

    /**
     * Opens the live window for a pipeline and returns the listener that feeds it. Call from any
     * thread; the window is built on the Swing event thread.
     *
     * @param title    window title (device or scenario)
     * @param settings analysis settings (thresholds for the threshold lines, target cadence band)
     * @param control  the pipeline, for tare, recording state and stop on close
     * @throws java.awt.HeadlessException when there is no display; callers fall back to headless output
     */
    public static PipelineListener open(String title, AnalysisSettings settings, PipelineControl control) {
        throw new UnsupportedOperationException("live view not available in this build yet");
    }
}
