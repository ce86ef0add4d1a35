package io.rollsense.ui;

import com.formdev.flatlaf.FlatLightLaf;
import io.rollsense.api.PipelineControl;
import io.rollsense.api.PipelineListener;
import io.rollsense.audio.AudioCoach;
import io.rollsense.core.AnalysisSettings;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/**
 * The live chart view (issue 6): a Swing window (FlatLaf look, JFreeChart charts) showing pressure
 * over time, the width profile with the spine zone, rhythm against the target band, an alert
 * banner, the session's alerts and a status line with the sound state (sounds: {@code io.rollsense.audio}). Keys: Space pauses the view,
 * T tares, + / - change the window length, M toggles the sound. When the control says the session
 * is recorded, a pain row asks for the pain 0..10 before rolling and, when the window is closed,
 * after it (with an optional note; skippable), passed on through {@link PipelineControl#setPainBefore},
 * {@link PipelineControl#setPainAfter} and {@link PipelineControl#addNote}.
 *
 * <p>Threading: {@code open}/{@code show} may be called from any thread; the window is built on
 * the Swing event thread. The returned {@link PipelineListener} is called on the analyzer thread
 * and only appends to a lock-free ring; a Swing timer at 20 Hz pulls from it
 * (the time chart redraws at most 10 times a second, and only when it has scrolled a pixel). Closing the window
 * calls {@link PipelineControl#stop()} (during a recorded session after the pain question, which
 * never holds up the pipeline); {@link Handle#close()} closes at once without asking.
 */
public final class LiveView {
    private static volatile boolean lafInstalled;

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
        return show(title, settings, control, null).listener();
    }

    /** Like {@link #open(String, AnalysisSettings, PipelineControl)}, with the audio coach that M mutes (or null). */
    public static PipelineListener open(String title, AnalysisSettings settings, PipelineControl control,
                                        AudioCoach sound) {
        return show(title, settings, control, sound).listener();
    }

    /**
     * Like {@link #open} but returns a handle to close the window and wait for it to close.
     *
     * @throws HeadlessException when there is no display (headless JVM or no X server)
     */
    public static Handle show(String title, AnalysisSettings settings, PipelineControl control) {
        return show(title, settings, control, null);
    }

    /**
     * Like {@link #show(String, AnalysisSettings, PipelineControl)}, with the audio coach: M mutes
     * it (remembered), and the status line shows its state.
     *
     * @param sound the audio coach, or null for no sound
     * @throws HeadlessException when there is no display (headless JVM or no X server)
     */
    public static Handle show(String title, AnalysisSettings settings, PipelineControl control, AudioCoach sound) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new HeadlessException("no display (headless Java or DISPLAY not set)");
        }
        LiveFeed feed = new LiveFeed();
        AtomicReference<LiveWindow> window = new AtomicReference<>();
        onEdt(() -> {
            installLookAndFeel();
            LiveWindow w = new LiveWindow(title, settings, control, feed, sound);
            w.show();
            window.set(w);
        });
        return new Handle(feed, window.get());
    }

    /** Installs the FlatLaf look once per process; call on the Swing event thread before building windows. */
    public static void installLookAndFeel() {
        if (!lafInstalled) {
            FlatLightLaf.setup();
            lafInstalled = true;
        }
    }

    private static void onEdt(Runnable r) {
        try {
            if (SwingUtilities.isEventDispatchThread()) {
                r.run();
            } else {
                SwingUtilities.invokeAndWait(r);
            }
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HeadlessException h) {
                throw h;
            }
            if (cause instanceof AWTError || cause instanceof InternalError) {
                throw headless(cause);
            }
            throw new IllegalStateException("live view failed to open: " + cause, cause);
        } catch (AWTError | InternalError e) {
            throw headless(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the live view", e);
        }
    }

    private static HeadlessException headless(Throwable cause) {
        HeadlessException h = new HeadlessException("no display: " + cause.getMessage());
        h.initCause(cause);
        return h;
    }

    /** An open live window: its feed, and close/wait. Thread-safe. */
    public static final class Handle {
        private final LiveFeed feed;
        private final LiveWindow window;

        Handle(LiveFeed feed, LiveWindow window) {
            this.feed = feed;
            this.window = window;
        }

        /** The listener to add to the pipeline (called on the analyzer thread). */
        public PipelineListener listener() {
            return feed;
        }

        /** Closes the window (asynchronously, on the Swing thread); idempotent. */
        public void close() {
            SwingUtilities.invokeLater(() -> window.frame().dispose());
        }

        /** Waits until the window has been closed (by the user or {@link #close()}). */
        public boolean awaitClosed(long timeout, TimeUnit unit) throws InterruptedException {
            return window.closedLatch().await(timeout, unit);
        }

        /** Shows a guided routine's current step in the window (N skips a step, B pauses the routine). */
        public void showRoutine(io.rollsense.routine.RoutineControl coach) {
            onEdt(() -> window.addRoutine(new StepPanel(coach)));
            coach.addListener(event -> { // each step's own pace band drives the rhythm cue
                if (event instanceof io.rollsense.routine.RoutineEvent.StepStarted s) {
                    SwingUtilities.invokeLater(() -> window.rhythm().targetBand(s.step().cadence().minSpm(),
                            s.step().cadence().maxSpm()));
                }
            });
        }

        LiveWindow window() {
            return window;
        }
    }
}
