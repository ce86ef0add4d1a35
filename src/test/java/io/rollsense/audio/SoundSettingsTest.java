package io.rollsense.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.core.AnalysisSettings;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoundSettingsTest {
    @Test
    void defaultsWhenNothingIsGiven() {
        SoundSettings s = SoundSettings.parse(k -> null);
        assertEquals(SoundSettings.DEFAULTS, s);
        assertTrue(s.sound() && s.voice());
        assertEquals(MetronomeMode.OFF_PACE, s.metronomeMode());
        assertEquals(EnumSet.allOf(Earcon.class), s.earcons());
    }

    @Test
    void metronomeDefaultsToTheMiddleOfTheTargetBandReadFromTheAnalysisSettings() {
        AnalysisSettings band = new AnalysisSettings(Double.NaN, Double.NaN, 20, 100, 7.5, 15);
        assertEquals(11.25, SoundSettings.DEFAULTS.metronomeSpmFor(band), 1e-9);
        assertEquals(20, SoundSettings.parse(Map.of("metronome", "20")::get).metronomeSpmFor(band), 1e-9);
    }

    @Test
    void everyKeyParses() {
        SoundSettings s = SoundSettings.parse(Map.of("sound", "off", "voice", "off", "volume", "40",
                "metronome-mode", "always", "earcons", "spine,too-hard", "say-time", "0", "audio-out", "x.wav")::get);
        assertFalse(s.sound());
        assertFalse(s.voice());
        assertEquals(40, s.volumePercent());
        assertEquals(MetronomeMode.ALWAYS, s.metronomeMode());
        assertEquals(EnumSet.of(Earcon.SPINE, Earcon.TOO_HARD), s.earcons());
        assertEquals(0, s.sayTimeEveryMin());
        assertEquals(Path.of("x.wav"), s.audioOut());
        assertEquals(MetronomeMode.OFF, SoundSettings.parse(Map.of("metronome", "off", "metronome-mode", "always")::get)
                .metronomeMode(), "metronome=off wins");
        assertTrue(SoundSettings.parse(Map.of("earcons", "none")::get).earcons().isEmpty());
    }

    @Test
    void badValuesNameTheKeyAndWhatIsAllowed() {
        assertEquals("volume must be in 0..100, was 150",
                assertThrows(IllegalArgumentException.class, () -> SoundSettings.parse(Map.of("volume", "150")::get))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SoundSettings.parse(Map.of("sound", "loud")::get))
                .getMessage().startsWith("sound must be on or off"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SoundSettings.parse(Map.of("metronome", "90")::get))
                .getMessage().startsWith("metronome must be on, off or a pace in 1..60"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SoundSettings.parse(Map.of("earcons", "spine,boom")::get))
                .getMessage().contains("back-in-range"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SoundSettings.parse(Map.of("metronome-mode", "sometimes")::get)).getMessage()
                .startsWith("metronome-mode must be always, off-pace or off"));
    }

    /** A review's later playbacks render into numbered WAVs beside the first. */
    @Test
    void laterPlaybacksGetNumberedWavs() {
        SoundSettings s = new SoundSettings(true, true, 80, MetronomeMode.OFF_PACE, Double.NaN,
                EnumSet.allOf(Earcon.class), 5, Path.of("out", "review.wav"));
        assertEquals(Path.of("out", "review.wav"), s.forPlayback(1).audioOut());
        assertEquals(Path.of("out", "review-2.wav"), s.forPlayback(2).audioOut());
        assertEquals(Path.of("out", "review-3.wav"), s.forPlayback(3).audioOut());
        assertEquals(SoundSettings.DEFAULTS, SoundSettings.DEFAULTS.forPlayback(2), "no WAV: nothing to number");
    }
}
