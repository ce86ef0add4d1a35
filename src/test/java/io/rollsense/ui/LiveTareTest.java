package io.rollsense.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.api.PipelineListener;
import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.TareResult;
import io.rollsense.testing.SwingWait;
import io.rollsense.testing.SyntheticRoll;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JButton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tare in a real live window under Xvfb: refused while loaded, shown in the status line, undoable. */
class LiveTareTest {
    @BeforeAll
    static void needsDisplay() {
        io.rollsense.testing.Display.require("live window tare test");
        System.setProperty("rollsense.config.dir", Path.of("target", "test-config", "live-tare").toString());
    }

    static final class TareControl extends LiveViewTest.CountingControl {
        final AtomicInteger undos = new AtomicInteger();

        @Override
        public void undoTare() {
            undos.incrementAndGet();
        }
    }

    @Test
    void refusalIsSaidDoneShowsInStatusLineAndUndoTakesItBack() throws Exception {
        TareControl control = new TareControl();
        LiveView.Handle handle = LiveView.show("tare", AnalysisSettings.DEFAULTS, control);
        LiveWindow w = handle.window();
        PipelineListener feed = handle.listener();
        String dev = SyntheticRoll.HELLO.deviceId();
        feed.onHello(SyntheticRoll.HELLO, 0);
        long t = 0;
        for (; t < 2000; t += 10) {
            feed.onField(dev, SyntheticRoll.field(t, 22, 0.2));
        }
        assertTrue(SwingWait.until(w::live, 10, TimeUnit.SECONDS));
        assertTrue(SwingWait.onEdt(() -> w.status().getText()).contains("not tared"));

        // the analyzer refused (someone on the roller): the banner says so, nothing to undo
        feed.onEvent(dev, new AnalysisEvent.Tare(t, t, TareResult.REFUSED, 45));
        assertTrue(SwingWait.until(() -> w.banner().text().startsWith("Tare refused: 45 kPa on the device"), 5,
                TimeUnit.SECONDS), () -> w.banner().text());
        assertTrue(SwingWait.onEdt(() -> w.status().getText()).contains("not tared"));
        LiveViewTest.press(w, KeyEvent.VK_U, 'u');
        assertEquals(0, control.undos.get(), "nothing to undo after a refusal");

        // an alert still outranks a tare notice
        feed.onEvent(dev, new AnalysisEvent.AlertRaised(AlertKind.OVERPRESSURE, t, 60, 66, 3, 1.1));
        assertTrue(SwingWait.until(() -> w.banner().alerting(), 5, TimeUnit.SECONDS));
        feed.onEvent(dev, new AnalysisEvent.AlertCleared(AlertKind.OVERPRESSURE, t, t + 500, 60, 66, 3));
        assertTrue(SwingWait.until(() -> !w.banner().alerting(), 5, TimeUnit.SECONDS));

        feed.onEvent(dev, new AnalysisEvent.Tare(t + 1000, t, TareResult.DONE, 3));
        assertTrue(SwingWait.until(() -> w.status().getText().matches(".*tared \\d\\d:\\d\\d.*"), 5, TimeUnit.SECONDS),
                () -> w.status().getText());
        JButton undo = SwingWait.find(w.frame(), "undoTare", JButton.class);
        assertTrue(SwingWait.onEdt(undo::isVisible), "Undo tare offered");
        SwingWait.screenshot(w.frame(), Path.of("target", "screenshots", "live-tare-done.png"));
        LiveViewTest.press(w, KeyEvent.VK_U, 'u');
        assertEquals(1, control.undos.get());
        feed.onEvent(dev, new AnalysisEvent.Tare(t + 2000, t + 2000, TareResult.UNDONE, 0));
        assertTrue(SwingWait.until(() -> w.status().getText().contains("tare undone"), 5, TimeUnit.SECONDS));
        assertFalse(SwingWait.onEdt(undo::isVisible));
        handle.close();
        assertTrue(handle.awaitClosed(10, TimeUnit.SECONDS));
    }
}
