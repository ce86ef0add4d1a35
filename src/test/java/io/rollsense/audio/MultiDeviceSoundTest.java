package io.rollsense.audio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code live --device +}: cues come from every device, not only the first. Frames of two devices
 * (the clock follows the first), a spine alert on the second and a too-hard alert on the first:
 * both earcons play at their alerts, both spoken cues are heard, one after the other (never
 * overlapping: the speech scheduler), and nothing clips.
 */
class MultiDeviceSoundTest {
    @Test
    void alertsOfEveryDeviceSoundAndSpeak() throws Exception {
        Path wav = Files.createDirectories(Path.of("target", "test-audio")).resolve("two-devices.wav");
        SoundSettings sound = Session.settings(true, MetronomeMode.OFF, Double.NaN, EnumSet.allOf(Earcon.class), wav);
        long spineAt = 6_000;
        long hardAt = 12_000;
        try (AudioCoach coach = AudioCoach.start(sound, AnalysisSettings.DEFAULTS, false, msg -> { }, () -> false)) {
            for (long t = 0; t <= 20_000; t += 10) {
                if (t == spineAt + 100) {
                    coach.onEvent("dev-b", new AnalysisEvent.AlertRaised(AlertKind.SPINE, spineAt, 25, 35, 3, 1.4));
                }
                if (t == hardAt + 100) {
                    coach.onEvent("dev-a", new AnalysisEvent.AlertRaised(AlertKind.OVERPRESSURE, hardAt, 60, 80, 2, 1.3));
                }
                coach.onField("dev-a", Session.field(t));
                coach.onField("dev-b", Session.field(t + 777_000)); // another device's own clock
                if (t % 1000 == 0) {
                    Session.awaitRendered(coach, t - 2000);
                }
            }
            coach.onStop();
        }
        Rendered r = Rendered.read(wav);
        List<Double> spine = r.onsetsMs(Synth.SPINE_HZ, 0.05);
        List<Double> hard = r.onsetsMs(Synth.TOO_HARD_HZ, 0.05);
        assertTrue(spine.stream().anyMatch(t -> t >= spineAt && t <= spineAt + 250),
                "spine earcon of the second device at its alert (" + spineAt + " ms): " + spine);
        assertTrue(hard.stream().anyMatch(t -> t >= hardAt && t <= hardAt + 250),
                "too-hard earcon of the first device at its alert (" + hardAt + " ms): " + hard);
        assertTrue(r.speechFrames(spineAt, spineAt + 2500, 0.02) >= 10, "the second device's cue is spoken");
        assertTrue(r.speechFrames(hardAt, hardAt + 2500, 0.02) >= 10, "the first device's cue is spoken");
        assertTrue(r.peak() < Short.MAX_VALUE, "no clipping: peak " + r.peak());
    }
}
