package io.rollsense.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.api.PipelineListener;
import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.PressureField;
import io.rollsense.testing.SwingWait;
import io.rollsense.testing.SyntheticRoll;
import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live window at the sizes of a small laptop (1280×720) and a desktop (1600×1000), under Xvfb:
 * within the screen, focused (keys work without a click), a banner of fixed height, and every label
 * of the banner, status line and key hints shown whole, also while paused with two alerts up.
 * Screenshots go to target/screenshots (the ones in docs/img are copies).
 */
class LiveLayoutTest {
    @BeforeAll
    static void needsDisplay() {
        io.rollsense.testing.Display.require("live window layout test");
    }

    @Test
    void fitsAndReadsAt1280x720() throws Exception {
        check(1280, 720);
    }

    @Test
    void fitsAndReadsAt1600x1000() throws Exception {
        check(1600, 1000);
    }

    @Test
    void aRememberedWindowLargerThanTheScreenIsShrunkOntoIt() throws Exception {
        Path config = Files.createTempDirectory("rollsense-fit");
        Files.writeString(config.resolve("live-view.properties"), "bounds=-200,-100,5000,4000\nmuted=true\n");
        System.setProperty("rollsense.config.dir", config.toString());
        LiveView.Handle handle = LiveView.show("fit", AnalysisSettings.DEFAULTS, new LiveViewTest.CountingControl());
        LiveWindow w = handle.window();
        Rectangle screen = SwingWait.onEdt(() -> WindowFit.usable(w.frame()));
        Rectangle b = SwingWait.onEdt(() -> w.frame().getBounds());
        assertTrue(screen.contains(b), b + " within " + screen);
        handle.close();
        assertTrue(handle.awaitClosed(10, TimeUnit.SECONDS));
    }

    private void check(int width, int height) throws Exception {
        Path config = Files.createTempDirectory("rollsense-layout");
        Files.writeString(config.resolve("live-view.properties"),
                "bounds=0,0," + width + "," + height + "\nmuted=true\nwindow-ms=30000\n");
        System.setProperty("rollsense.config.dir", config.toString());
        LiveViewTest.CountingControl control = new LiveViewTest.CountingControl();
        LiveView.Handle handle = LiveView.show("layout " + width + "x" + height, AnalysisSettings.DEFAULTS, control);
        LiveWindow w = handle.window();
        SwingWait.onEdt(() -> {
            w.stallMs(600_000);
            return null;
        });
        // keys work without a click: the window has the keyboard focus once shown
        assertTrue(SwingWait.until(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusedWindow()
                == w.frame(), 10, TimeUnit.SECONDS), "the live window has the keyboard focus");

        PipelineListener feed = handle.listener();
        String dev = SyntheticRoll.HELLO.deviceId();
        feed.onHello(SyntheticRoll.HELLO, 0);
        long t = 0;
        PressureField f = null;
        for (; t < 12_000; t += 10) {
            f = SyntheticRoll.field(t, 22, t > 8000 ? 2.0 : 0.2);
            feed.onField(dev, f);
            if (t % 1000 == 0 && t > 0) {
                feed.onEvent(dev, new AnalysisEvent.Cadence(t, 22.0, 0.86));
            }
            if (t == 9000) {
                feed.onEvent(dev, new AnalysisEvent.AlertRaised(AlertKind.SPINE, t, 25, 52, f.maxChannel(), 52 / 25.0));
                feed.onEvent(dev, new AnalysisEvent.AlertRaised(AlertKind.OVERPRESSURE, t, 60, 66, f.maxChannel(), 1.1));
            }
        }
        assertTrue(SwingWait.until(() -> w.banner().alerting() && w.alertList().rows().size() == 2, 10,
                TimeUnit.SECONDS), "both alerts up");
        LiveViewTest.press(w, KeyEvent.VK_SPACE, ' ');
        assertTrue(SwingWait.until(() -> w.status().getText().contains("VIEW PAUSED"), 5, TimeUnit.SECONDS));
        Thread.sleep(200); // let one more tick lay out the paused state (layout, not timing, is asserted)

        Rectangle screen = SwingWait.onEdt(() -> WindowFit.usable(w.frame()));
        Rectangle b = SwingWait.onEdt(() -> w.frame().getBounds());
        assertTrue(screen.contains(b), b + " within " + screen);
        assertEquals(AlertBanner.HEIGHT_PX, (int) SwingWait.onEdt(() -> w.banner().getHeight()), "fixed banner height");
        List<String> cut = SwingWait.onEdt(() -> cutLabels(w.frame().getContentPane()));
        assertTrue(cut.isEmpty(), "labels shown in part at " + width + "x" + height + ": " + cut);
        // one peak figure for an alert: the banner says the peak the alert list says
        String banner = SwingWait.onEdt(() -> w.banner().text());
        String row = SwingWait.onEdt(() -> w.alertList().rows().stream().filter(r -> r.contains("Spine")).findFirst()
                .orElseThrow());
        String peak = row.replaceAll(".*peak (\\d+) kPa.*", "$1");
        assertTrue(banner.startsWith("SPINE  peak " + peak + " kPa"), banner + " / " + row);
        SwingWait.screenshot(w.frame(), Path.of("target", "screenshots", "live-" + width + "x" + height + ".png"));
        handle.close();
        assertTrue(handle.awaitClosed(10, TimeUnit.SECONDS));
    }

    /** Labels (banner, status line, key hints, rhythm, titles) whose text does not fit their width. */
    private static List<String> cutLabels(Container root) {
        List<String> cut = new ArrayList<>();
        for (Component c : root.getComponents()) {
            if (c instanceof JLabel l && l.isShowing() && l.getText() != null && !l.getText().isBlank()
                    && l.getPreferredSize().width > l.getWidth() + 1) {
                cut.add((l.getName() == null ? "" : l.getName() + ": ") + l.getText()
                        + " (needs " + l.getPreferredSize().width + " px, has " + l.getWidth() + ")");
            }
            if (c instanceof JLabel l && l.isShowing() && l.getHeight() + 1 < l.getPreferredSize().height) {
                cut.add(l.getName() + ": " + l.getText() + " (cut at the bottom)");
            }
            if (c instanceof Container k) {
                cut.addAll(cutLabels(k));
            }
        }
        return cut;
    }
}
