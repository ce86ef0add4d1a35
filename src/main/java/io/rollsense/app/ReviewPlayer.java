package io.rollsense.app;

import io.rollsense.api.Playback;
import io.rollsense.api.PipelineListener;
import io.rollsense.audio.AudioCoach;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Calibration;
import io.rollsense.pipeline.SessionPlayback;
import io.rollsense.session.SessionData;
import io.rollsense.ui.review.ReviewWindow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Review playback as every other run: each Play is a {@link SessionPlayback} (the one pipeline and
 * pacer) feeding the review's live window and, when sound is on, a fresh {@link AudioCoach} with
 * the same sounds as live (earcons, spoken cues, metronome; a WAV with {@code audio-out}, in
 * device time from the position played). A coach whose playback ended is closed off the calling
 * thread ({@code review-sound-close}); {@link #close} closes the last one and waits.
 *
 * <p>Threads: {@link #play} on the Swing event thread (or a test's); never blocks. Errors: a sound
 * that cannot start (a WAV file that cannot be created) is one notice, and the playback goes on
 * silent.
 */
public final class ReviewPlayer implements Playback.Player, AutoCloseable {
    /** Starts the audio coach of one playback ({@code playback}: 1 for the first Play, then 2, 3, ...). */
    @FunctionalInterface
    public interface Sound {
        AudioCoach start(int playback) throws IOException;
    }

    private final SessionData data;
    private final AnalysisSettings settings;
    private final Calibration calibration;
    private final Sound sound;
    private final Consumer<String> notices;
    private AudioCoach current;
    private int playbacks;

    /**
     * @param calibration the live run's calibration, or {@code null} for the identity
     * @param sound       the sound of each playback, or {@code null} for silence
     * @param notices     one-line messages (sound trouble); any thread
     */
    public ReviewPlayer(SessionData data, AnalysisSettings settings, Calibration calibration, Sound sound,
                        Consumer<String> notices) {
        this.data = data;
        this.settings = settings;
        this.calibration = calibration;
        this.sound = sound;
        this.notices = notices;
    }

    @Override
    public synchronized Playback play(long fromMs, double speed, PipelineListener listener) {
        closeLater(current);
        current = null;
        List<PipelineListener> listeners = new ArrayList<>(List.of(listener));
        if (sound != null) {
            try {
                current = sound.start(++playbacks);
                listeners.add(current);
            } catch (IOException e) {
                notices.accept(e.getMessage() + "; playing without sound");
            }
        }
        return SessionPlayback.start(data.file(), settings, calibration,
                data.hello() == null ? null : data.hello().deviceId(), data.deviceIds(), fromMs, speed, listeners);
    }

    private static void closeLater(AudioCoach coach) {
        if (coach != null) {
            Thread t = new Thread(coach::close, "review-sound-close");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Closes the last playback's sound: plays what is still sounding, finishes its WAV file. */
    @Override
    public synchronized void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /**
     * Opens the review window for {@code data} with this player and waits (calling thread, not the
     * Swing thread) until the window is closed; then closes the sound.
     */
    public void openAndWait(double speed) throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        SwingUtilities.invokeAndWait(() -> {
            ReviewWindow w = ReviewWindow.open(data, settings, this, speed);
            w.frame().addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    closed.countDown();
                }
            });
        });
        closed.await();
        close();
    }
}
