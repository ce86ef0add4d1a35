package io.rollsense.ui;

import io.rollsense.testing.SwingWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rollsense.pipeline.ControlRelay;
import io.rollsense.pipeline.Pipeline;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.session.SessionMetadata;
import io.rollsense.session.SessionRecorder;
import io.rollsense.source.GeneratorSource;
import io.rollsense.testing.TestDevice;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.swing.JButton;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live window's pain row and recording state under Xvfb: pain before through the buttons,
 * the after-question on close (skipped here; chosen in {@code DemoCommandIT}), and "recording
 * failed" in the status line when the session file cannot be written (a real /dev/full).
 */
class LivePainAndRecordingTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsDisplay() {
        io.rollsense.testing.Display.require("live window test");
        System.setProperty("rollsense.config.dir", Path.of("target", "test-config", "live-pain").toString());
    }

    /** Counts stops and keeps the ratings the view passes on. */
    static final class RatingControl extends LiveViewTest.CountingControl {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void setPainBefore(int pain) {
            calls.add("before " + pain);
        }

        @Override
        public void setPainAfter(int pain) {
            calls.add("after " + pain);
        }

        @Override
        public void addNote(String note) {
            calls.add("note '" + note + "'");
        }
    }

    @Test
    void painBeforeFromTheButtonsAndTheAfterQuestionCanBeSkipped() throws Exception {
        RatingControl control = new RatingControl();
        LiveView.Handle handle = LiveView.show("pain", AnalysisSettings.DEFAULTS, control);
        LiveWindow w = handle.window();
        PainPanel pain = SwingWait.onEdt(w::pain);
        JButton seven = SwingWait.onEdt(() -> button(pain, "painButton.7"));
        SwingUtilities.invokeAndWait(seven::doClick);
        assertEquals(List.of("before 7"), control.calls);
        assertEquals("Pain before rolling: 7", SwingWait.onEdt(pain::promptText));
        assertFalse(SwingWait.onEdt(seven::isVisible), "the row shrinks once answered");
        assertTrue(SwingWait.onEdt(() -> button(pain, "painChange").isVisible()));

        close(w);
        assertTrue(SwingWait.onEdt(() -> pain.askingAfter() && w.frame().isDisplayable()), "asks before closing");
        assertEquals(0, control.stops.get(), "the pipeline keeps running while it asks");
        assertTrue(SwingWait.onEdt(seven::isVisible));
        SwingWait.screenshot(w.frame(), Path.of("target", "screenshots", "live-view-pain-after.png"));

        close(w); // closing again skips
        assertTrue(handle.awaitClosed(10, TimeUnit.SECONDS));
        assertEquals(1, control.stops.get());
        assertEquals(List.of("before 7"), control.calls, "skipped: no pain after");
    }

    @Test
    void statusLineSaysRecordingFailedWhenTheSessionCannotBeWritten() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full on this system");
        Path devLink = dir.resolve("dev");
        Files.createSymbolicLink(devLink, full.getParent());
        List<String> notices = new CopyOnWriteArrayList<>();
        SessionRecorder rec = SessionRecorder.startFile(devLink.resolve("full"), SessionMetadata.of("t", "test"), notices::add);
        ControlRelay relay = new ControlRelay(rec.recording());
        LiveView.Handle handle = LiveView.show("full disk", AnalysisSettings.DEFAULTS, relay);
        Pipeline pipeline = Pipeline.builder()
                .source(new GeneratorSource("g", new TestDevice("full-01", 100, 0), 1.0, Long.MAX_VALUE))
                .listener(handle.listener()).listener(rec).session(rec).shutdownHook(false).build();
        relay.bind(pipeline);
        pipeline.start();
        try {
            LiveWindow w = handle.window();
            assertTrue(SwingWait.until(() -> w.status().getText().contains("recording failed")
                    && w.status().getText().contains("connected"), 20, TimeUnit.SECONDS), w.status().getText());
            assertNull(SwingWait.onEdt(w::pain), "no pain row when nothing is recorded");
            assertEquals(1, notices.size(), notices.toString());
            assertTrue(notices.get(0).contains("No space left on device"), notices.get(0));
        } finally {
            pipeline.stop();
            assertTrue(pipeline.awaitStopped(Duration.ofSeconds(10)));
            handle.close();
            assertTrue(handle.awaitClosed(10, TimeUnit.SECONDS));
        }
    }

    private static void close(LiveWindow w) throws Exception {
        SwingUtilities.invokeAndWait(() -> w.frame().dispatchEvent(new WindowEvent(w.frame(), WindowEvent.WINDOW_CLOSING)));
    }

    private static JButton button(java.awt.Container c, String name) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof JButton b && name.equals(b.getName())) {
                return b;
            }
            if (child instanceof java.awt.Container k) {
                JButton b = button(k, name);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }
}
