package io.rollsense.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.api.PipelineControl;
import io.rollsense.audio.AudioCoach;
import io.rollsense.audio.SoundSettings;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.testing.SwingWait;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The live window (real, under Xvfb) with a real audio coach: M mutes it, the status line says so, the choice is remembered. */
class SoundToggleWindowTest {
    @Test
    void mMutesTheCoachShowsItAndIsRemembered() throws Exception {
        io.rollsense.testing.Display.require("sound toggle window test");
        Path config = Path.of("target", "test-config", "sound-toggle");
        Files.createDirectories(config);
        Files.deleteIfExists(config.resolve("live-view.properties"));
        System.setProperty("rollsense.config.dir", config.toString());
        SoundSettings sound = SoundSettings.DEFAULTS;
        try (AudioCoach coach = AudioCoach.start(sound, AnalysisSettings.DEFAULTS, false, msg -> { }, () -> false)) {
            LiveView.Handle handle = LiveView.show("sound", AnalysisSettings.DEFAULTS, new NoControl(), coach);
            LiveWindow w = handle.window();
            assertTrue(SwingWait.until(() -> w.status().getText().contains("sound on"), 10, TimeUnit.SECONDS),
                    w.status().getText());
            press(w);
            assertTrue(coach.muted(), "M mutes the coach");
            assertTrue(SwingWait.until(() -> w.status().getText().contains("sound off"), 10, TimeUnit.SECONDS),
                    w.status().getText());
            handle.close();
            assertTrue(handle.awaitClosed(10, TimeUnit.SECONDS));
        }
        assertTrue(Files.readString(config.resolve("live-view.properties")).contains("muted=true"), "remembered");
        try (AudioCoach coach = AudioCoach.start(sound, AnalysisSettings.DEFAULTS, false, msg -> { }, () -> false)) {
            LiveView.Handle handle = LiveView.show("sound", AnalysisSettings.DEFAULTS, new NoControl(), coach);
            assertTrue(coach.muted(), "the next window starts muted");
            press(handle.window());
            assertFalse(coach.muted(), "M turns the sound back on");
            handle.close();
            assertTrue(handle.awaitClosed(10, TimeUnit.SECONDS));
        }
        assertTrue(Files.readString(config.resolve("live-view.properties")).contains("muted=false"));
    }

    /** A pipeline that is not recorded (no pain row) and ignores tare and stop. */
    private static final class NoControl implements PipelineControl {
        @Override
        public void requestTare() {
        }

        @Override
        public boolean recording() {
            return false;
        }

        @Override
        public void stop() {
        }
    }

    private static void press(LiveWindow w) throws Exception {
        SwingWait.onEdt(() -> {
            var root = w.frame().getRootPane();
            KeyEvent e = new KeyEvent(root, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), 0, KeyEvent.VK_M, 'm');
            javax.swing.SwingUtilities.processKeyBindings(e);
            return null;
        });
    }
}
