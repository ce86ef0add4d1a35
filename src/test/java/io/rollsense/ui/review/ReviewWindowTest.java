package io.rollsense.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.session.SampleSessions;
import io.rollsense.session.SessionData;
import io.rollsense.session.SessionMetadata;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real review window under the X display (Xvfb in CI), with a screenshot in target/. */
class ReviewWindowTest {
    @TempDir
    Path dir;

    @Test
    void opensJumpsToAnAlertPlaysAndTakesAScreenshot() throws Exception {
        io.rollsense.testing.Display.require("review window test");
        SessionData data = SessionData.load(SampleSessions.copy(dir, "review", 0, false), false);
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch played = new CountDownLatch(1);
        AtomicReference<ReviewWindow> window = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            ReviewWindow w = ReviewWindow.open(data, SessionMetadata.settingsFrom(data.metadata()), player(data), 10);
            w.frame().addWindowListener(new WindowAdapter() {
                @Override
                public void windowOpened(WindowEvent e) {
                    opened.countDown();
                }
            });
            window.set(w);
        });
        assertTrue(opened.await(20, TimeUnit.SECONDS), "window opened");
        ReviewWindow w = window.get();

        AtomicReference<long[]> visible = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            w.selectAlert(0); // the sample's spine alert, 4.9 s .. 6.2 s
            visible.set(w.visibleMs());
        });
        assertTrue(visible.get()[0] <= 4900 && visible.get()[1] >= 6200 && visible.get()[1] - visible.get()[0] < 7000,
                "zoomed to the alert: " + visible.get()[0] + ".." + visible.get()[1]);

        SwingUtilities.invokeAndWait(() -> {
            w.onCursor(ms -> {
                if (ms >= 6500) {
                    played.countDown();
                }
            });
            w.play();
        });
        assertTrue(played.await(30, TimeUnit.SECONDS), "playback moved the cursor past 6.5 s");

        // Let the chart repaint after the last cursor move, then capture the real screen.
        Robot robot = new Robot();
        BufferedImage screen = robot.createScreenCapture(new Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize()));
        Files.createDirectories(Path.of("target"));
        ImageIO.write(screen, "png", Path.of("target", "review-playback-screen.png").toFile());
        CountDownLatch painted = new CountDownLatch(1);
        SwingUtilities.invokeAndWait(() -> {
            w.frame().toFront();
            w.frame().repaint();
        });
        SwingUtilities.invokeLater(painted::countDown);
        assertTrue(painted.await(10, TimeUnit.SECONDS));
        robot.waitForIdle();
        AtomicReference<Rectangle> bounds = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> bounds.set(w.frame().getBounds()));
        BufferedImage shot = robot.createScreenCapture(bounds.get());
        Path png = Path.of("target", "review-screenshot.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(shot, "png", png.toFile());
        assertEquals(bounds.get().width, ImageIO.read(png.toFile()).getWidth());
        // Playback ran through the live view (a second window) when this build has it.
        AtomicReference<Integer> windows = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            int shown = 0;
            for (java.awt.Frame f : java.awt.Frame.getFrames()) {
                shown += f.isShowing() ? 1 : 0;
            }
            windows.set(shown);
        });
        assertEquals(2, windows.get(), "review window and live view");
        SwingUtilities.invokeAndWait(() -> {
            for (java.awt.Frame f : java.awt.Frame.getFrames()) {
                f.dispose();
            }
        });
    }

    @Test
    void oneLiveWindowHoweverOftenPlaybackJumps() throws Exception {
        io.rollsense.testing.Display.require("review window test");
        SessionData data = SessionData.load(SampleSessions.copy(dir, "jumps", 0, false), false);
        AtomicReference<ReviewWindow> window = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> window.set(
                ReviewWindow.open(data, SessionMetadata.settingsFrom(data.metadata()), player(data), 10)));
        ReviewWindow w = window.get();
        for (int jump = 0; jump < 3; jump++) {
            CountDownLatch moved = new CountDownLatch(1);
            // start, alert, start: the last playback plays 7 s at 10x, so "still playing" below is not a
            // race with the end of the session (from the alert at 4.9 s only 0.2 s of playback remain)
            boolean toAlert = jump % 2 == 1;
            SwingUtilities.invokeAndWait(() -> {
                if (toAlert) { // a jump stops the replay ...
                    w.selectAlert(0);
                } else {
                    w.backToStart();
                }
                w.onCursor(ms -> moved.countDown());
                w.play(); // ... and Play starts the next one
            });
            assertTrue(moved.await(20, TimeUnit.SECONDS), "playback " + jump + " moves the cursor");
            assertEquals(2, showingFrames(), "review window and one live view after jump " + jump);
        }
        AtomicReference<Boolean> playing = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> playing.set(w.playing()));
        assertTrue(playing.get(), "still playing");
        SwingUtilities.invokeAndWait(() -> {
            for (java.awt.Frame f : java.awt.Frame.getFrames()) {
                f.dispose();
            }
        });
    }

    private static int showingFrames() throws Exception {
        AtomicReference<Integer> n = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            int shown = 0;
            for (java.awt.Frame f : java.awt.Frame.getFrames()) {
                shown += f.isShowing() ? 1 : 0;
            }
            n.set(shown);
        });
        return n.get();
    }

    /** The command's player: playback through the pipeline, silent. */
    private static io.rollsense.app.ReviewPlayer player(SessionData data) {
        return new io.rollsense.app.ReviewPlayer(data, SessionMetadata.settingsFrom(data.metadata()), null, null, msg -> { });
    }
}
