package io.rollsense.api;

import java.util.concurrent.TimeUnit;

/**
 * A recorded session being played back through the one analysis runner (review playback): the
 * session's lines are analysed again as live and paced by device time at {@value #MIN_SPEED}–{@value #MAX_SPEED}×.
 * Control methods may be called from any thread and never block, except {@link #await}.
 */
public interface Playback {
    /** Lowest and highest playback speed (× real time). */
    double MIN_SPEED = 1;
    double MAX_SPEED = 10;

    /** Sets the speed, clamped to {@value #MIN_SPEED}..{@value #MAX_SPEED}; takes effect at once. */
    void setSpeed(double speed);

    /** Holds or resumes the playback. */
    void setPaused(boolean paused);

    /** Stops the playback; the listener's {@code onStop} follows on the analyzer thread. */
    void stop();

    /** Device time shown last, ms since the session's first frame. */
    long positionMs();

    /** Whether the playback reached the end or was stopped (its listeners have had {@code onStop}). */
    boolean finished();

    /** Waits for the playback to end; true when it has. */
    boolean await(long timeout, TimeUnit unit) throws InterruptedException;

    /** Starts playbacks of one recorded session (the review window's Play). */
    @FunctionalInterface
    interface Player {
        /**
         * Starts playing from {@code fromMs} (ms since the first frame; what comes before is analysed
         * at full speed and not shown) into {@code listener}, at {@code speed}.
         */
        Playback play(long fromMs, double speed, PipelineListener listener);
    }
}
