package io.rollsense.ui.review;

import io.rollsense.api.Playback;
import io.rollsense.api.PipelineControl;
import io.rollsense.api.PipelineListener;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.session.SessionData;
import io.rollsense.ui.LiveView;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * Playback of a session at 1–10×. There is one live window per review, reused by every replay
 * (a jump stops the replay, not the window). When the live view is available, the recorded lines are
 * re-analysed by a {@link Playback} of the {@link Playback.Player} (the one pipeline and pacer every
 * command uses) feeding {@link LiveView} (the live window shows the session as it was rolled, and
 * the player may add sound) and the review cursor follows it; otherwise the cursor alone moves
 * along the timeline. Swing event thread only (the playback runs on the analyzer thread).
 */
final class ReviewPlayback {
    private final SessionData data;
    private final AnalysisSettings settings;
    private final Playback.Player player;
    private final LongConsumer cursor;
    private final Consumer<String> status;
    private final Timer tick;
    private Playback replay;
    /** The live window every replay of this review feeds; opened at the first play, reused after a jump. */
    private LiveView.Handle view;
    private boolean liveViewMissing;
    private double speed = 1;
    private long positionMs;
    private long lastTickNanos;
    private boolean playing;

    ReviewPlayback(SessionData data, AnalysisSettings settings, Playback.Player player,
                   LongConsumer cursor, Consumer<String> status) {
        this.data = data;
        this.settings = settings;
        this.player = player;
        this.cursor = cursor;
        this.status = status;
        this.tick = new Timer(40, e -> step());
    }

    boolean playing() {
        return playing;
    }

    long positionMs() {
        return positionMs;
    }

    void setSpeed(double s) {
        speed = Math.max(Playback.MIN_SPEED, Math.min(Playback.MAX_SPEED, s));
        if (replay != null) {
            replay.setSpeed(speed);
        }
    }

    /** Moves the start position (stops a running playback). */
    void seek(long ms) {
        pause();
        stopReplay();
        positionMs = Math.max(0, Math.min(ms, data.frames().durationMs()));
        cursor.accept(positionMs);
    }

    void play() {
        if (playing) {
            return;
        }
        if (positionMs >= data.frames().durationMs()) {
            positionMs = 0;
        }
        playing = true;
        if (replay != null) {
            replay.setPaused(false);
        } else if (!liveViewMissing) {
            startReplay();
        }
        if (replay == null) {
            status.accept("Playing on the timeline at " + fmt(speed) + "× (the live view could not open on this display)");
        } else {
            status.accept("Playing through the live view at " + fmt(speed) + "×");
        }
        lastTickNanos = System.nanoTime();
        tick.start();
    }

    void pause() {
        playing = false;
        tick.stop();
        if (replay != null) {
            replay.setPaused(true);
        }
    }

    void close() {
        pause();
        stopReplay();
        if (view != null) {
            view.close();
            view = null;
        }
    }

    private void startReplay() {
        try {
            if (view == null) {
                view = openView();
            }
            replay = player.play(positionMs, speed, new KeepViewOpen(view.listener()));
        } catch (UnsupportedOperationException e) { // includes HeadlessException
            liveViewMissing = true;
        }
    }

    /** The one live window of this review; closing it stops playback (only if it is still the current one). */
    private LiveView.Handle openView() {
        AtomicReference<LiveView.Handle> self = new AtomicReference<>();
        LiveView.Handle h = LiveView.show("Review " + data.summary().id(), settings, new PipelineControl() {
            @Override
            public void requestTare() {
                // a recording cannot be tared after the fact
            }

            @Override
            public boolean recording() {
                return false;
            }

            @Override
            public void stop() {
                SwingUtilities.invokeLater(() -> viewClosed(self.get()));
            }
        });
        self.set(h);
        return h;
    }

    private void viewClosed(LiveView.Handle closed) {
        if (closed == null || closed != view) {
            return; // not this playback's window
        }
        view = null;
        pause();
        stopReplay();
    }

    /** Whether the live window is open (tests). */
    boolean liveViewOpen() {
        return view != null;
    }

    /** Stops the replay and waits (briefly; stopping is prompt) so two replays never feed the window at once. */
    private void stopReplay() {
        if (replay != null) {
            replay.stop();
            try {
                replay.await(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            replay = null;
        }
    }

    private void step() {
        long now = System.nanoTime();
        if (replay != null) {
            positionMs = replay.positionMs();
            if (replay.finished()) {
                pause();
                replay = null;
            }
        } else {
            positionMs += (long) ((now - lastTickNanos) / 1_000_000.0 * speed);
        }
        lastTickNanos = now;
        if (positionMs >= data.frames().durationMs()) {
            positionMs = data.frames().durationMs();
            pause();
            status.accept("End of session");
        }
        cursor.accept(positionMs);
    }

    private static String fmt(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }

    /** Feeds the reused window; a replay's end does not mark the window stopped (the next play feeds it again). */
    private record KeepViewOpen(PipelineListener view) implements PipelineListener {
        @Override
        public void onRawLine(String deviceId, String line, long hostTimeMs) {
            view.onRawLine(deviceId, line, hostTimeMs);
        }

        @Override
        public void onHello(io.rollsense.protocol.Hello hello, long hostTimeMs) {
            view.onHello(hello, hostTimeMs);
        }

        @Override
        public void onFrame(String deviceId, io.rollsense.protocol.Frame frame, long hostTimeMs) {
            view.onFrame(deviceId, frame, hostTimeMs);
        }

        @Override
        public void onField(String deviceId, io.rollsense.core.PressureField field) {
            view.onField(deviceId, field);
        }

        @Override
        public void onEvent(String deviceId, io.rollsense.core.AnalysisEvent event) {
            view.onEvent(deviceId, event);
        }

        @Override
        public void onBadLine(String deviceId, io.rollsense.protocol.BadLine bad, long hostTimeMs) {
            view.onBadLine(deviceId, bad, hostTimeMs);
        }

        @Override
        public void onStatus(io.rollsense.api.StatusEvent status) {
            view.onStatus(status);
        }
    }
}
