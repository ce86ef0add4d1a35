package io.rollsense.ui;

import io.rollsense.testing.SyntheticRoll;
import io.rollsense.testing.SwingWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.api.PipelineControl;
import io.rollsense.api.PipelineListener;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.PressureField;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real live window under Xvfb, fed by a synthetic roll through its PipelineListener. */
class LiveViewTest {
    @BeforeAll
    static void needsDisplay() {
        io.rollsense.testing.Display.require("live window test");
        System.setProperty("rollsense.config.dir", Path.of("target", "test-config", "live-view").toString());
    }

    /** A pipeline stand-in that only counts what the view asks of it. */
    static class CountingControl implements PipelineControl {
        final AtomicInteger tares = new AtomicInteger();
        final AtomicInteger stops = new AtomicInteger();

        @Override
        public void requestTare() {
            tares.incrementAndGet();
        }

        @Override
        public boolean recording() {
            return true;
        }

        @Override
        public void stop() {
            stops.incrementAndGet();
        }
    }

    @Test
    void showsDataSpineAlertAndClearsIt() throws Exception {
        CountingControl control = new CountingControl();
        LiveView.Handle handle = LiveView.show("synthetic", AnalysisSettings.DEFAULTS, control);
        LiveWindow w = handle.window();
        SwingWait.onEdt(() -> {
            w.stallMs(600_000); // this feed comes in bursts; the stall banner is tested below
            return null;
        });
        PipelineListener feed = handle.listener();
        String dev = SyntheticRoll.HELLO.deviceId();
        feed.onStatus(new StatusEvent(StatusEvent.Kind.CONNECTED, dev, "connected", 0));
        feed.onHello(SyntheticRoll.HELLO, 0);
        long t = 0;
        for (; t < 40_000; t += 10) {
            feed.onField(dev, SyntheticRoll.field(t, 12, 0.2));
            if (t % 1000 == 0 && t > 0) {
                feed.onEvent(dev, new AnalysisEvent.Cadence(t, 12.0, 0.86));
            }
            if (t % 5000 == 0 && t > 0) {
                feed.onEvent(dev, new AnalysisEvent.Stroke(t));
            }
        }
        assertTrue(SwingWait.until(() -> w.live() && w.rhythm().cueText().equals("Good pace"), 10, TimeUnit.SECONDS),
                "view went live with a good-pace cue");
        assertFalse(SwingWait.onEdt(() -> w.banner().alerting()));
        assertTrue(SwingWait.onEdt(() -> w.banner().text()).startsWith("Pressure OK"));

        PressureField onSpine = null;
        for (; t < 44_000; t += 10) {
            onSpine = SyntheticRoll.field(t, 12, 2.0);
            if (t == 40_500) {
                feed.onEvent(dev, new AnalysisEvent.AlertRaised(AlertKind.SPINE, t, 25, onSpine.spinePressureKpa(),
                        onSpine.maxChannel(), onSpine.spinePressureKpa() / 25));
            }
            feed.onField(dev, onSpine);
        }
        assertTrue(SwingWait.until(() -> w.banner().alerting(), 10, TimeUnit.SECONDS), "spine banner shown");
        String banner = SwingWait.onEdt(() -> w.banner().text());
        assertTrue(banner.startsWith("SPINE  "), banner);
        assertTrue(banner.contains("× the 25 kPa limit"), banner);
        assertTrue(banner.contains("move sideways"), banner);
        assertTrue(SwingWait.until(() -> w.alertList().rows().get(0).contains("Spine"), 5, TimeUnit.SECONDS));
        assertTrue(SwingWait.onEdt(() -> w.alertList().rows().get(0)).endsWith("now"));

        SwingWait.screenshot(w.frame(), Path.of("target", "screenshots", "live-view-spine-alert.png"));

        feed.onEvent(dev, new AnalysisEvent.AlertCleared(AlertKind.SPINE, 40_500, t, 25, 60, 3));
        for (long end = t + 3000; t < end; t += 10) {
            feed.onField(dev, SyntheticRoll.field(t, 12, 0.2));
        }
        assertTrue(SwingWait.until(() -> !w.banner().alerting(), 10, TimeUnit.SECONDS), "banner cleared");
        String row = SwingWait.onEdt(() -> w.alertList().rows().get(0));
        assertTrue(row.startsWith("0:40   Spine   peak "), row);
        assertTrue(row.endsWith(" s"), row);
        SwingWait.screenshot(w.frame(), Path.of("target", "screenshots", "live-view.png"));
        assertTrue(Files.size(Path.of("target", "screenshots", "live-view.png")) > 10_000);

        // keys: space pauses the view only, T tares, + and - change the window
        long before = SwingWait.onEdt(w::windowMs);
        press(w, KeyEvent.VK_SPACE, ' ');
        assertTrue(SwingWait.onEdt(w::paused));
        assertTrue(SwingWait.onEdt(() -> w.timePanel().getChart().getTitle().getText()).startsWith("VIEW PAUSED"));
        // T while someone is on the roller: a countdown first, then the request
        SwingWait.onEdt(() -> {
            w.tarePrompt().countdownMs(1500);
            return null;
        });
        press(w, KeyEvent.VK_T, 't');
        assertTrue(SwingWait.until(() -> w.banner().text().startsWith("Get off the roller: taring in"), 5,
                TimeUnit.SECONDS), () -> w.banner().text());
        assertEquals(0, control.tares.get(), "no tare before the countdown ends");
        assertTrue(SwingWait.until(() -> control.tares.get() == 1, 10, TimeUnit.SECONDS), "tare asked after the countdown");
        press(w, KeyEvent.VK_EQUALS, '=');
        assertEquals(ViewPrefs.step(before, +1), SwingWait.onEdt(w::windowMs));
        press(w, KeyEvent.VK_MINUS, '-');
        assertEquals(before, SwingWait.onEdt(w::windowMs));
        press(w, KeyEvent.VK_SPACE, ' ');
        assertFalse(SwingWait.onEdt(w::paused));

        // input trouble: no data, disconnected, stopped
        SwingWait.onEdt(() -> {
            w.stallMs(300);
            return null;
        });
        assertTrue(SwingWait.until(() -> w.banner().text().startsWith("No data from the device for"), 10,
                TimeUnit.SECONDS), "stall shown");
        feed.onStatus(new StatusEvent(StatusEvent.Kind.DISCONNECTED, dev, "unplugged", 0));
        assertTrue(SwingWait.until(() -> w.banner().text().equals("Device disconnected: waiting for it to come back"),
                10, TimeUnit.SECONDS), "disconnect shown");
        feed.onStop();
        assertTrue(SwingWait.until(() -> w.banner().text().equals("Stopped: the session has ended"), 10,
                TimeUnit.SECONDS), "stop shown");

        handle.close();
        assertTrue(handle.awaitClosed(10, TimeUnit.SECONDS));
        assertEquals(1, control.stops.get(), "closing the window stops the pipeline");
        assertTrue(Files.exists(ViewPrefs.configDir().resolve("live-view.properties")), "prefs saved");
    }

    static void press(LiveWindow w, int code, char ch) throws Exception {
        SwingWait.onEdt(() -> {
            var root = w.frame().getRootPane();
            KeyEvent e = new KeyEvent(root, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), 0, code, ch);
            javax.swing.SwingUtilities.processKeyBindings(e);
            return null;
        });
    }
}
