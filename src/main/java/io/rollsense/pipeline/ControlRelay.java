package io.rollsense.pipeline;

import io.rollsense.api.PipelineControl;

/**
 * A {@link PipelineControl} that can be handed to a view before the pipeline exists (the view's
 * listener must be given to the pipeline's builder). Requests before {@link #bind} are ignored,
 * except {@link #stop()}, pain ratings and notes, which are remembered and passed on when bound.
 * Thread-safe.
 */
public final class ControlRelay implements PipelineControl {
    private volatile PipelineControl target;
    private volatile boolean stopEarly;
    private final boolean recording;
    private Integer painBefore;
    private Integer painAfter;
    private final StringBuilder notes = new StringBuilder();

    /** @param recording what {@link #recording()} answers before binding */
    public ControlRelay(boolean recording) {
        this.recording = recording;
    }

    /** Connects the relay to the pipeline. */
    public void bind(PipelineControl pipeline) {
        synchronized (this) {
            target = pipeline;
            if (painBefore != null) {
                pipeline.setPainBefore(painBefore);
            }
            if (painAfter != null) {
                pipeline.setPainAfter(painAfter);
            }
            if (notes.length() > 0) {
                pipeline.addNote(notes.toString());
            }
        }
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
    public void undoTare() {
        PipelineControl t = target;
        if (t != null) {
            t.undoTare();
        }
    }

    @Override
    public boolean recording() {
        PipelineControl t = target;
        return t != null ? t.recording() : recording;
    }

    @Override
    public boolean recordingFailed() {
        PipelineControl t = target;
        return t != null && t.recordingFailed();
    }

    @Override
    public synchronized void setPainBefore(int pain) {
        PipelineControl.checkPain(pain);
        if (target != null) {
            target.setPainBefore(pain);
        } else {
            painBefore = pain;
        }
    }

    @Override
    public synchronized void setPainAfter(int pain) {
        PipelineControl.checkPain(pain);
        if (target != null) {
            target.setPainAfter(pain);
        } else {
            painAfter = pain;
        }
    }

    @Override
    public synchronized void addNote(String note) {
        if (target != null) {
            target.addNote(note);
        } else if (note != null && !note.isBlank()) {
            notes.append(notes.length() > 0 ? "\n" : "").append(note.strip());
        }
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
