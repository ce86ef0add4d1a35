package io.rollsense.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Test;

/** The parts under the coach: limiter, earcons, metronome, the speaker line. */
class SoundPartsTest {
    @Test
    void limiterNeverReachesFullScaleAndLeavesQuietSoundsAlone() {
        assertEquals(0.5f, SoundMixer.limit(0.5f));
        assertEquals(-0.8f, SoundMixer.limit(-0.8f));
        for (float x = 0.85f; x < 20; x *= 1.3f) {
            assertTrue(SoundMixer.limit(x) < 1f && SoundMixer.limit(-x) > -1f, "x=" + x);
            assertTrue(SoundMixer.limit(x * 1.3f) >= SoundMixer.limit(x), "monotonic at " + x);
        }
    }

    @Test
    void earconsDifferInPitchAndStayBelowHalfScale() {
        Map<Earcon, float[]> all = Synth.earcons();
        for (Map.Entry<Earcon, float[]> e : all.entrySet()) {
            float peak = 0;
            for (float v : e.getValue()) {
                peak = Math.max(peak, Math.abs(v));
            }
            assertTrue(peak > 0.1 && peak <= 0.45, e.getKey() + " peak " + peak);
        }
        assertTrue(Synth.SPINE_HZ < 250 && Synth.TOO_HARD_HZ > 1500, "spine low, too hard high");
        assertTrue(all.get(Earcon.BACK_IN_RANGE).length != all.get(Earcon.SPINE).length);
    }

    @Test
    void offPaceMetronomeFadesAfterTwentySecondsOnPaceAndReturnsWhenThePaceDrifts() {
        Metronome m = new Metronome(MetronomeMode.OFF_PACE, 30); // a beat a second
        SoundMixer mixer = new SoundMixer();
        m.start(0);
        m.pace(true, 0);
        m.schedule(mixer, Synth.RATE * 19L, 19_000);
        assertEquals(1f, m.level(), "still playing before 20 s on pace");
        m.schedule(mixer, Synth.RATE * 30L, 30_000);
        assertEquals(0f, m.level(), "faded out");
        m.pace(false, 30_000);
        m.schedule(mixer, Synth.RATE * 33L, 33_000);
        assertEquals(1f, m.level(), "back when off pace");
        assertEquals(1000, m.beatIntervalMs(), 1e-9);
    }

    @Test
    void speakerLineOpensOrSaysOnceThatThereIsNoAudioOutput() throws Exception {
        AudioFormat f = new AudioFormat(Synth.RATE, 16, 1, true, false);
        boolean device = AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, f));
        CountDownLatch said = new CountDownLatch(1);
        java.util.List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (LineOutput line = new LineOutput(msg -> {
            notices.add(msg);
            said.countDown();
        })) {
            if (device) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!line.open() && System.nanoTime() < deadline) {
                    Thread.sleep(10); // the opener thread sets a volatile flag; polled with a deadline
                }
                assertTrue(line.open(), "a device exists: the line opens");
            } else {
                assertTrue(said.await(10, TimeUnit.SECONDS), "no device: one notice");
                assertEquals(java.util.List.of(LineOutput.UNAVAILABLE), notices);
                assertTrue(line.unavailable());
                line.write(new byte[320], 320, true); // nothing to write to: ignored
            }
        }
    }
}
