package io.rollsense.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.protocol.Hello;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RhythmTest {
    static final double[] POS = Recorder.ROLLER_MM;

    static Recorder rollThenHoldThenGetUp(Hello hello, double spm, double rollS) {
        Random noise = new Random(7);
        double[] pos = hello.positionsMm();
        Recorder r = Recorder.of(hello);
        r.run(rollS, (t, i) -> Bodies.ridges(pos[i], 0, Bodies.rolling(t, spm, 0.3, 30)) + noise.nextGaussian() * 0.3);
        r.run(20, (t, i) -> Bodies.ridges(pos[i], 0, 30) + noise.nextGaussian() * 0.3);
        r.run(10, (t, i) -> Math.abs(noise.nextGaussian() * 0.3));
        return r.finish();
    }

    @ParameterizedTest(name = "{0} channels at {1} Hz, {2} spm")
    @CsvSource({"8, 100, 20", "8, 200, 40", "8, 20, 6", "2, 20, 12", "2, 50, 30", "8, 100, 45"})
    void cadenceStrokesAndStops(int channels, double rateHz, double spm) {
        Hello hello = channels == 8 ? Recorder.roller(rateHz) : Recorder.balls(rateHz);
        double rollS = Math.max(60, 12 * 60 / spm);
        Recorder r = rollThenHoldThenGetUp(hello, spm, rollS);
        long rollMs = Math.round(rollS * 1000);
        // steady rolling after a warm-up of 4 strokes: a cadence on (almost) every second, within 3 %
        long warm = Math.round(4 * 60_000 / spm);
        List<Double> rolling = r.spm(warm + 1000, rollMs);
        long covered = rolling.stream().filter(Objects::nonNull).count();
        assertTrue(covered >= 0.9 * rolling.size(), "coverage " + covered + "/" + rolling.size());
        for (Double v : rolling) {
            if (v != null) {
                assertEquals(spm, v, 0.03 * spm, "cadence " + rolling);
            }
        }
        // strokes: one per cycle (first and last cycle may be cut)
        long strokes = r.of(AnalysisEvent.Stroke.class).stream().filter(s -> s.timeMs() <= rollMs + 2000).count();
        double expected = rollS * spm / 60;
        assertTrue(Math.abs(strokes - expected) <= 1.5, "strokes " + strokes + " expected " + expected);
        // hold: not rolling within one stroke period + 1 s; then no strokes and no rhythm
        long stopBy = rollMs + Math.round(60_000 / spm) + 1000;
        List<Double> hold = r.spm(stopBy, rollMs + 30_000);
        assertTrue(hold.stream().allMatch(Objects::isNull), "hold " + hold);
        assertEquals(0, r.of(AnalysisEvent.Stroke.class).stream().filter(s -> s.timeMs() > stopBy).count());
    }

    @Test
    void regularityIsHighForAMetronomeAndZeroWhenNotRolling() {
        Recorder r = rollThenHoldThenGetUp(Recorder.roller(100), 20, 60);
        AnalysisEvent.Cadence mid = r.of(AnalysisEvent.Cadence.class).get(40);
        assertNotNull(mid.spm());
        assertTrue(mid.regularity() > 0.9, "regularity " + mid.regularity());
        AnalysisEvent.Cadence held = r.of(AnalysisEvent.Cadence.class).get(75);
        assertNull(held.spm());
        assertEquals(0, held.regularity());
    }

    @Test
    void randomLoadChangesAreNotARhythm() {
        Random rnd = new Random(3);
        double[] level = {30};
        Recorder r = Recorder.of(Recorder.roller(100));
        for (int k = 0; k < 60; k++) {
            level[0] = 20 + rnd.nextDouble() * 20;
            double hold = 0.3 + rnd.nextDouble() * 3;
            r.run(hold, (t, i) -> Bodies.ridges(POS[i], 0, level[0]));
        }
        long rhythmic = r.of(AnalysisEvent.Cadence.class).stream().filter(c -> c.spm() != null).count();
        long all = r.of(AnalysisEvent.Cadence.class).size();
        assertTrue(rhythmic <= 0.2 * all, rhythmic + " of " + all + " seconds called rolling");
    }

    @Test
    void cadenceChangeIsFollowed() {
        Recorder r = Recorder.of(Recorder.roller(100));
        r.run(60, (t, i) -> Bodies.ridges(POS[i], 0, Bodies.rolling(t, 12, 0.3, 30)));
        double phase = 2 * Math.PI * 12 / 60 * 60;
        r.run(60, (t, i) -> Bodies.ridges(POS[i], 0, 30 * (1 + 0.3 * Math.sin(phase + 2 * Math.PI * 30 / 60 * (t - 60)))));
        List<Double> after = r.spm(75_000, 120_000);
        assertTrue(after.stream().allMatch(v -> v != null && Math.abs(v - 30) < 1), after.toString());
    }

    /**
     * A raw device with no calibration (each taxel on its own baseline of about 150,000 counts, any
     * gain, never unloaded) still gives strokes and cadence from relative change; with the baseline
     * taken as the zero (as before this was fixed) there is no rhythm at all.
     */
    @Test
    void anUncalibratedRawDeviceRollsFromRelativeChange() {
        Hello raw = new Hello("raw-t", io.rollsense.protocol.DeviceKind.BALLS, 50,
                io.rollsense.protocol.PressureUnit.RAW, Recorder.BALLS_MM);
        double[] baseline = {148_000, 156_500};
        double[] gain = {37, 52};
        Random noise = new Random(11);
        double spm = 12;
        Recorder r = Recorder.of(raw);
        r.run(90, (t, i) -> baseline[i] + gain[i] * Bodies.rolling(t, spm, i == 0 ? 0.15 : 0.1, 30)
                + noise.nextGaussian() * 20);
        r.finish();
        List<Double> steady = r.spm(30_000, 90_000);
        long covered = steady.stream().filter(Objects::nonNull).count();
        assertTrue(covered >= 0.9 * steady.size(), "coverage " + steady);
        for (Double v : steady) {
            if (v != null) {
                assertEquals(spm, v, 0.03 * spm, "cadence " + steady);
            }
        }
        long strokes = r.of(AnalysisEvent.Stroke.class).size();
        assertEquals(90 * spm / 60, strokes, 2, "strokes");
        assertTrue(Analyzer.uncalibratedRaw(raw, Calibration.identity(2)));
    }
}
