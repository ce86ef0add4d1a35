package io.rollsense.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The real mixer and the real FreeTTS voice rendered to WAV (no sound card), read back with
 * javax.sound: tempo, earcon timing, speech where a cue was given, no clipping, and every switch.
 */
class AudioCoachWavTest {
    private static final Set<Earcon> ALL = EnumSet.allOf(Earcon.class);
    private static final AnalysisSettings BAND = AnalysisSettings.DEFAULTS;
    /** WAVs are kept under target/ to listen to after a run. */
    private final Path dir = Path.of("target", "test-audio");

    @Test
    void metronomeBeatsAtTheMiddleOfTheTargetBandTwoBeatsAStrokeAlternatingUpAndBack() throws Exception {
        Rendered wav = new Session().run(Session.settings(false, MetronomeMode.ALWAYS, Double.NaN, Set.of(),
                dir.resolve("metronome-band.wav")), BAND, 60_000);
        double spm = (BAND.targetMinSpm() + BAND.targetMaxSpm()) / 2;
        double expectedMs = 30_000 / spm;
        List<Double> up = wav.onsetsMs(Synth.UP_HZ, 0.05);
        List<Double> back = wav.onsetsMs(Synth.BACK_HZ, 0.05);
        assertTrue(up.size() >= 10 && Math.abs(up.size() - back.size()) <= 1, up + " / " + back);
        double upPeriod = (up.get(up.size() - 1) - up.get(0)) / (up.size() - 1);
        assertEquals(2 * expectedMs, upPeriod, 0.01 * 2 * expectedMs, "up beats once a stroke");
        for (int i = 0; i < Math.min(up.size(), back.size()); i++) {
            assertEquals(expectedMs, back.get(i) - up.get(i), 0.01 * expectedMs + 10, "back beat half a stroke after up " + i);
        }
    }

    /** A routine step with its own band moves the beat to that band's middle from the next beat on. */
    @Test
    void aNewTargetBandMovesTheBeatToItsMiddle() throws Exception {
        Session s = new Session().at(30_000, (Session.CoachAction) c -> c.targetBand(20, 30));
        Rendered wav = s.run(Session.settings(false, MetronomeMode.ALWAYS, Double.NaN, Set.of(),
                dir.resolve("metronome-retempo.wav")), BAND, 60_000);
        List<Double> up = wav.onsetsMs(Synth.UP_HZ, 0.05);
        double before = 2 * 30_000 / ((BAND.targetMinSpm() + BAND.targetMaxSpm()) / 2);
        int checkedBefore = 0;
        int checkedAfter = 0;
        for (int i = 1; i < up.size(); i++) {
            double gap = up.get(i) - up.get(i - 1);
            if (up.get(i) < 29_000) {
                assertEquals(before, gap, 0.01 * before, "before the new band: " + up);
                checkedBefore++;
            } else if (up.get(i - 1) > 37_000) {
                assertEquals(2400, gap, 24, "25 strokes/min after the new band: " + up);
                checkedAfter++;
            }
        }
        assertTrue(checkedBefore >= 3 && checkedAfter >= 5, up.toString());
    }

    @Test
    void anExplicitPaceSetsTheTempoWithinOnePercent() throws Exception {
        Rendered wav = new Session().run(Session.settings(false, MetronomeMode.ALWAYS, 20, Set.of(),
                dir.resolve("metronome-20.wav")), BAND, 60_000);
        List<Double> up = wav.onsetsMs(Synth.UP_HZ, 0.05);
        double period = (up.get(up.size() - 1) - up.get(0)) / (up.size() - 1);
        assertEquals(3000, period, 30, "20 strokes/min = an up beat every 3 s: " + up);
    }

    @Test
    void spineEarconStartsWithin150MsOfTheAlertOnsetAndRepeatsUntilClear() throws Exception {
        long onset = 10_000;
        Session s = new Session()
                .at(onset + 100, new AnalysisEvent.AlertRaised(AlertKind.SPINE, onset, 25, 35, 3, 1.4))
                .at(25_000, new AnalysisEvent.AlertCleared(AlertKind.SPINE, onset, 25_000, 25, 40, 3));
        Rendered wav = s.run(Session.settings(true, MetronomeMode.OFF, Double.NaN, ALL, dir.resolve("spine.wav")),
                BAND, 40_000);
        List<Double> spine = wav.onsetsMs(Synth.SPINE_HZ, 0.05);
        assertTrue(!spine.isEmpty(), "spine earcon heard");
        double first = spine.stream().filter(t -> t >= onset - 50).findFirst().orElseThrow();
        assertTrue(first - onset >= 0 && first - onset <= 150, "spine earcon at " + first + " ms, onset " + onset);
        long repeats = spine.stream().filter(t -> t > onset + 1000 && t < 25_000).count();
        assertTrue(repeats >= 3 && repeats <= 10, "repeated, spaced out, while raised: " + spine);
        assertTrue(spine.stream().noneMatch(t -> t > 25_500), "silent once clear: " + spine);
        assertTrue(wav.speechFrames(onset, onset + 1500, 0.02) >= 10, "\"off the spine\" spoken");
        assertTrue(wav.tone(wav.sampleAt(25_000), wav.sampleAt(300), 523.25) > 0.01, "back-in-range chime");
        assertTrue(wav.peak() < Short.MAX_VALUE, "no clipping: peak " + wav.peak());
    }

    @Test
    void everySoundAtFullVolumeTogetherNeverClips() throws Exception {
        Session s = new Session().cadence(0, 40_000, 40.0);
        for (long t = 2_000; t < 38_000; t += 4_000) {
            s.at(t, new AnalysisEvent.AlertRaised(AlertKind.SPINE, t - 100, 25, 35, 3, 1.4));
            s.at(t, new AnalysisEvent.AlertRaised(AlertKind.OVERPRESSURE, t - 100, 60, 90, 3, 1.5));
            s.at(t, io.rollsense.api.StatusEvent.Kind.DISCONNECTED);
            s.at(t + 10, io.rollsense.api.StatusEvent.Kind.CONNECTED);
            s.at(t + 2_000, new AnalysisEvent.AlertCleared(AlertKind.SPINE, t - 100, t + 2_000, 25, 40, 3));
            s.at(t + 2_000, new AnalysisEvent.AlertCleared(AlertKind.OVERPRESSURE, t - 100, t + 2_000, 60, 90, 3));
        }
        Rendered wav = s.run(Session.settings(true, MetronomeMode.ALWAYS, 30, ALL, dir.resolve("all.wav")), BAND, 40_000);
        assertTrue(wav.peak() > 20_000, "loud: peak " + wav.peak());
        assertTrue(wav.peak() < Short.MAX_VALUE, "no clipping: peak " + wav.peak());
    }

    @Test
    void paceCuesAreSpokenWhenThePaceLeavesTheBandAndNotRepeatedWithinSeconds() throws Exception {
        double fast = BAND.targetMaxSpm() + 10;
        Session s = new Session().cadence(0, 10_000, (BAND.targetMinSpm() + BAND.targetMaxSpm()) / 2)
                .cadence(10_000, 30_000, fast);
        Rendered wav = s.run(Session.settings(true, MetronomeMode.OFF, Double.NaN, ALL, dir.resolve("pace.wav")),
                BAND, 30_000);
        assertTrue(wav.speechFrames(0, 12_000, 0.02) == 0, "quiet while on pace");
        assertTrue(wav.speechFrames(12_000, 14_500, 0.02) >= 10, "\"roll slower\" after 3 s too fast");
        assertTrue(wav.speechFrames(15_000, 30_000, 0.02) == 0, "not repeated within 20 s");
    }

    @Test
    void eachSwitchTurnsItsSoundOff() throws Exception {
        long onset = 5_000;
        Session s = new Session()
                .at(onset, new AnalysisEvent.AlertRaised(AlertKind.SPINE, onset - 100, 25, 35, 3, 1.4))
                .at(onset, new AnalysisEvent.AlertRaised(AlertKind.OVERPRESSURE, onset - 100, 60, 90, 3, 1.5));
        Rendered noSpine = s.run(Session.settings(false, MetronomeMode.ALWAYS, Double.NaN,
                EnumSet.complementOf(EnumSet.of(Earcon.SPINE)), dir.resolve("switch-no-spine.wav")), BAND, 10_000);
        assertTrue(noSpine.onsetsMs(Synth.SPINE_HZ, 0.05).isEmpty(), "spine earcon off");
        assertTrue(!noSpine.onsetsMs(Synth.TOO_HARD_HZ, 0.05).isEmpty(), "too-hard earcon on");
        assertTrue(!noSpine.onsetsMs(Synth.UP_HZ, 0.05).isEmpty(), "metronome on");

        Rendered voiceOnly = s.run(Session.settings(true, MetronomeMode.OFF, Double.NaN, Set.of(),
                dir.resolve("switch-voice-only.wav")), BAND, 10_000);
        assertTrue(voiceOnly.speechFrames(onset, onset + 1500, 0.02) >= 10, "voice on");
        assertTrue(voiceOnly.onsetsMs(Synth.TOO_HARD_HZ, 0.05).isEmpty(), "earcons off");
        java.util.function.Predicate<Double> outsideSpeech = t -> t < onset || t > onset + 2000;
        assertTrue(voiceOnly.onsetsMs(Synth.UP_HZ, 0.05).stream().noneMatch(outsideSpeech)
                && voiceOnly.onsetsMs(Synth.BACK_HZ, 0.05).stream().noneMatch(outsideSpeech), "metronome off");

        Rendered spineOnly = s.run(Session.settings(false, MetronomeMode.OFF, Double.NaN, Set.of(Earcon.SPINE),
                dir.resolve("switch-spine-only.wav")), BAND, 10_000);
        assertTrue(!spineOnly.onsetsMs(Synth.SPINE_HZ, 0.05).isEmpty(), "spine earcon on");
        assertTrue(spineOnly.onsetsMs(Synth.TOO_HARD_HZ, 0.05).isEmpty(), "too-hard earcon off");
        assertEquals(0, spineOnly.speechFrames(onset + 600, onset + 1500, 0.02), "voice off (after the earcon)");

        SoundSettings muted = Session.settings(true, MetronomeMode.ALWAYS, Double.NaN, ALL,
                dir.resolve("switch-muted.wav")).withSound(false);
        assertEquals(0, s.run(muted, BAND, 10_000).peak(), "sound off: silence");
    }
}
