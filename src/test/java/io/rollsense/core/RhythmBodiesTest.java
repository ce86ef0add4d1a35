package io.rollsense.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Rhythm on slow, fast, jittered, one-taxel, swaying and uncalibrated raw inputs (generated signals in, values out). */
class RhythmBodiesTest {

    /** A rolling phase (cycles) whose every cycle lasts 60/spm ± jitter (uniform). */
    static double[] cycleEnds(double spm, double jitter, double seconds, long seed) {
        Random r = new Random(seed);
        double[] ends = new double[(int) (seconds * spm / 60 * 1.5) + 4];
        double t = 0;
        for (int k = 0; k < ends.length; k++) {
            t += 60 / spm * (1 + jitter * (2 * r.nextDouble() - 1));
            ends[k] = t;
        }
        return ends;
    }

    static double phase(double[] ends, double t) {
        double start = 0;
        for (int k = 0; k < ends.length; k++) {
            if (t < ends[k]) {
                return k + (t - start) / (ends[k] - start);
            }
            start = ends[k];
        }
        return ends.length;
    }

    /** Load factor of a stroke: asymmetric (up pass 40 % of the cycle), ±swing around 1. */
    static double load(double phase, double swing) {
        double x = phase - Math.floor(phase);
        double u = x < 0.4 ? x / 0.4 : 1 - (x - 0.4) / 0.6;
        return 1 + swing * (2 * u - 1);
    }

    static Recorder roll(Hello hello, double spm, double jitter, double swing, double rollS, double gainPerKpa,
                         double baseline, long seed) {
        double[] ends = cycleEnds(spm, jitter, rollS, seed);
        Random noise = new Random(seed);
        double[] pos = hello.positionsMm();
        Recorder r = Recorder.of(hello);
        r.run(rollS, (t, i) -> baseline + gainPerKpa * (Bodies.ridges(pos[i], 0, 30 * load(phase(ends, t), swing))
                + noise.nextGaussian() * 0.3));
        // a hold with sway: 4 mm sideways and 3 % of load, period 7 s, plus breathing
        r.run(30, (t, i) -> baseline + gainPerKpa * (Bodies.ridges(pos[i], 4 * Math.sin(2 * Math.PI * t / 7),
                30 * (1 + 0.03 * Math.sin(2 * Math.PI * t / 7.7)) * (1 + 0.01 * Math.sin(2 * Math.PI * t / 4)))
                + noise.nextGaussian() * 0.3));
        return r.finish();
    }

    static void check(Recorder r, double spm, double rollS, double tolerance) {
        long rollMs = Math.round(rollS * 1000);
        List<Double> rolling = r.spm(Math.round(3 * 60_000 / spm) + 2000, rollMs);
        long covered = rolling.stream().filter(Objects::nonNull).count();
        assertTrue(covered >= 0.85 * rolling.size(), "coverage " + covered + "/" + rolling.size() + " " + rolling);
        double mean = rolling.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).average().orElse(0);
        assertEquals(spm, mean, tolerance * spm, "cadence " + rolling);
        long strokes = r.of(AnalysisEvent.Stroke.class).stream().filter(s -> s.timeMs() <= rollMs + 2000).count();
        double expected = rollS * spm / 60;
        assertTrue(Math.abs(strokes - expected) <= Math.max(2, 0.12 * expected), "strokes " + strokes + " expected " + expected);
        long stopBy = rollMs + Math.round(60_000 / spm) + 1000;
        List<Double> hold = r.spm(stopBy, rollMs + 30_000);
        long heldAsRolling = hold.stream().filter(Objects::nonNull).count();
        assertTrue(heldAsRolling <= 2, "swaying hold read as rolling: " + hold);
    }

    @Test
    void slowRollingAtTheConsensusPace() {
        check(roll(Recorder.roller(100), 8, 0.05, 0.15, 90, 1, 0, 1), 8, 90, 0.05);
    }

    @Test
    void fastJitteredRolling() {
        check(roll(Recorder.roller(200), 38, 0.10, 0.15, 60, 1, 0, 2), 38, 60, 0.05);
    }

    @Test
    void oneTaxelDevice() {
        Hello one = new Hello("one", DeviceKind.BALLS, 50, PressureUnit.KPA, 40);
        check(roll(one, 12, 0.08, 0.2, 70, 1, 0, 3), 12, 70, 0.05);
    }

    @Test
    void uncalibratedRawCountsOnALargeBaseline() {
        Hello raw = new Hello("raw", DeviceKind.BALLS, 60, PressureUnit.RAW, -32, 32);
        check(roll(raw, 14, 0.05, 0.15, 70, 37, 157_000, 4), 14, 70, 0.05);
    }

    @Property(tries = 12)
    void anyPaceAndRateGivesItsCadence(@ForAll @DoubleRange(min = 6, max = 40) double spm,
                                       @ForAll @IntRange(min = 0, max = 3) int rateIndex) {
        double rate = new double[] {20, 50, 100, 400}[rateIndex];
        double rollS = Math.max(50, 8 * 60 / spm);
        Recorder r = roll(Recorder.roller(rate), spm, 0.05, 0.2, rollS, 1, 0, Math.round(spm * 100));
        List<Double> rolling = r.spm(Math.round(3 * 60_000 / spm) + 2000, Math.round(rollS * 1000));
        long near = rolling.stream().filter(v -> v != null && Math.abs(v - spm) <= 0.1 * spm).count();
        assertTrue(near >= 0.8 * rolling.size(), spm + " spm at " + rate + " Hz: " + rolling);
    }
}
