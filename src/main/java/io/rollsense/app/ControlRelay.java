package io.rollsense.app;

/**
 * A {@link PipelineControl} that can be handed to a view before the pipeline exists (the view's
 * listener must be given to the pipeline's builder). Requests before {@link #bind} are ignored,
 * except {@link #stop()}, which is remembered. Thread-safe.
 */
public final class ControlRelay implements PipelineControl {
    private volatile PipelineControl target;
    private volatile boolean stopEarly;
    private final boolean recording;

    /** @param recording what {@link #recording()} answers before binding */
    public ControlRelay(boolean recording) {
        this.recording = recording;
    }

    /** Connects the relay to the pipeline. */
    public void bind(PipelineControl pipeline) {
        target = pipeline;
        if (stopEarly) {
            pipeline.stop();
        }
    }

    @Override
    public void requestTare() {
        PipelineControl t = target;
        if (t != null) {
            t.requestTare();
        }
    }

    @Override
    public boolean recording() {
        PipelineControl t = target;
        return t != null ? t.recording() : recording;
    }

    @Override
    public void stop() {
        stopEarly = true;
        PipelineControl t = target;
        if (t != null) {
            t.stop();
        }
    }
}
