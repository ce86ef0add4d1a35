package io.rollsense.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rhythm detector on bodies drawn at random (issue 10): slow and fast paces, ±10 % cycle jitter,
 * load swings down to ±10 %, one, two or eight taxels, 20 to 1000 Hz, sensor noise, drift, glitches,
 * loads that rise twice per stroke, and holds with breathing, sway and slow weight shifts. Each case
 * is drawn from its own seed, so a failure names the seed that reproduces it.
 */
class RhythmBodiesTest {

    /** A drawn person and device; {@link #value} gives a taxel's kPa at a time. */
    static final class Body {
        final double[] posMm;
        final double rateHz;
        final Random r;
        final double swing;
        final boolean twoBumps;
        final double noise;
        final double driftPerS;
        /** Cycle boundaries (s) of the rolling so far: one stroke ends at each. */
        final List<Double> strokeEnds = new ArrayList<>();
        double phase;
        private double cycle;
        private double lastT;
        private double lateralMm;
        private double push = 1;

        Body(long seed, int taxels, double rateHz, boolean twoBumps) {
            r = new Random(seed);
            this.rateHz = rateHz;
            this.twoBumps = twoBumps;
            posMm = taxels == 1 ? new double[] {35} : taxels == 2 ? new double[] {-35, 35}
                    : taxels == 9 ? new double[] {-45, 0, 45, -45, 0, 45, -45, 0, 45}
                    : new double[] {-105, -75, -45, -15, 15, 45, 75, 105};
            swing = 0.10 + 0.15 * r.nextDouble();
            noise = 0.2 + 0.4 * r.nextDouble();
            driftPerS = (r.nextDouble() - 0.5) * 0.05;
        }

        Hello hello() {
            DeviceKind kind = posMm.length == 8 ? DeviceKind.ROLLER : posMm.length == 9 ? DeviceKind.PAD : DeviceKind.BALLS;
            return new Hello("body", kind, rateHz, PressureUnit.KPA, posMm);
        }

        /**
         * Load along the travel, u = 0 (low end) .. 1 (high end); with two bumps the load peaks at both
         * ends, unequally (a profile symmetric about the middle of the travel cannot tell one stroke
         * from two, for any detector).
         */
        double along(double u) {
            return twoBumps ? 1 + swing * (Math.cos(2 * Math.PI * u) * 0.7 + 0.6 * Math.cos(Math.PI * u))
                    : 1 + swing * Math.cos(Math.PI * u);
        }

        /** Advances a rolling body to {@code t} s at {@code spm} (±10 % per cycle). */
        void roll(double t, double spm) {
            if (cycle == 0) {
                cycle = 60 / spm * (0.9 + 0.2 * r.nextDouble());
            }
            phase += (t - lastT) / cycle;
            lastT = t;
            if (phase >= 1) {
                phase -= 1;
                strokeEnds.add(t);
                cycle = 60 / spm * (0.9 + 0.2 * r.nextDouble());
            }
            push += (1 - push) * 0.002 + 0.003 * r.nextGaussian();
        }

        /** A taxel's kPa while rolling, at the current phase (up and back: u = 0 → 1 → 0). */
        double rolling(double t, int i) {
            double u = phase < 0.5 ? 2 * phase : 2 - 2 * phase;
            return taxel(t, i, along(u), lateralMm);
        }

        /** A taxel's kPa while holding still: breathing, sway of {@code swayMm} and {@code swayLoad}. */
        double holding(double t, int i, double swayPeriodS, double swayMm, double swayLoad) {
            double sway = Math.sin(2 * Math.PI * t / swayPeriodS);
            double breath = 1 + 0.01 * Math.sin(2 * Math.PI * t / 4.1);
            return taxel(t, i, (1 + swayLoad * sway) * breath, swayMm * sway);
        }

        private double taxel(double t, int i, double load, double shiftMm) {
            double x = posMm[i] - shiftMm;
            double ridges = Math.exp(-sq(x - 40) / (2 * 25 * 25)) + Math.exp(-sq(x + 40) / (2 * 25 * 25)) + 0.2;
            double v = 40 * load * push * ridges + noise * r.nextGaussian() + driftPerS * t;
            if (r.nextDouble() < 0.0005) {
                v = r.nextBoolean() ? 0 : 200; // a glitch
            }
            return v;
        }

        private static double sq(double v) {
            return v * v;
        }
    }

    static Stream<Arguments> bodies() {
        List<Arguments> out = new ArrayList<>();
        Random pick = new Random(2026);
        double[] paces = {5, 6.5, 8, 10, 12, 14, 16, 20, 30, 45};
        int[] taxels = {1, 2, 8};
        double[] rates = {20, 50, 100, 1000};
        for (int k = 0; k < 14; k++) {
            out.add(Arguments.of(1000L + k, paces[k % paces.length], taxels[pick.nextInt(3)], rates[pick.nextInt(4)],
                    k % 3 == 2));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "seed {0}: {1} spm, {2} taxels, {3} Hz, two bumps {4}")
    @MethodSource("bodies")
    void cadenceAndStrokesOnADrawnBody(long seed, double spm, int taxels, double rateHz, boolean twoBumps) {
        Body b = new Body(seed, taxels, rateHz, twoBumps);
        Recorder rec = Recorder.of(b.hello());
        double rollS = Math.max(60, 10 * 60 / spm);
        rec.run(rollS, (t, i) -> {
            if (i == 0) {
                b.roll(t, spm);
            }
            return b.rolling(t, i);
        });
        rec.finish();
        long settleMs = Math.round(2 * 60_000 / spm) + 2000;
        List<Double> steady = rec.spm(settleMs, Math.round(rollS * 1000));
        long covered = steady.stream().filter(Objects::nonNull).count();
        assertTrue(covered >= 0.9 * steady.size(), "coverage " + covered + "/" + steady.size() + " " + steady);
        double mae = steady.stream().filter(Objects::nonNull).mapToDouble(v -> Math.abs(v - spm)).average().orElse(99);
        assertTrue(mae <= Math.max(1.0, 0.06 * spm), "cadence MAE " + mae + " at " + spm + ": " + steady);
        long strokes = rec.of(AnalysisEvent.Stroke.class).size();
        int truth = b.strokeEnds.size();
        // Known limit (docs/accuracy.md): a load rising twice per stroke is first taken for two strokes
        // until two whole strokes fit in the window, which adds up to three strokes at a slow start.
        int slack = twoBumps ? 3 : 1;
        assertTrue(Math.abs(strokes - truth) <= Math.max(slack, 0.05 * truth), "strokes " + strokes + " of " + truth);
    }

    static Stream<Arguments> holds() {
        List<Arguments> out = new ArrayList<>();
        Random pick = new Random(77);
        for (int k = 0; k < 12; k++) {
            out.add(Arguments.of(2000L + k, 4 + 6 * pick.nextDouble(), 2 + 3 * pick.nextDouble(),
                    0.01 + 0.03 * pick.nextDouble(), new int[] {1, 2, 8, 9}[k % 4]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "seed {0}: sway every {1} s, {2} mm, {3} of the load, {4} taxels")
    @MethodSource("holds")
    void holdsWithBreathingAndSwayAreNotRolling(long seed, double periodS, double swayMm, double swayLoad, int taxels) {
        Body b = new Body(seed, taxels, 50, false);
        Recorder rec = Recorder.of(b.hello());
        rec.run(90, (t, i) -> b.holding(t, i, periodS, swayMm, swayLoad));
        rec.finish();
        List<Double> all = rec.spm(0, 90_000);
        long rolling = all.stream().filter(Objects::nonNull).count();
        assertTrue(rolling <= 0.02 * all.size(), rolling + " of " + all.size() + " seconds called rolling: " + all);
        assertEquals(0, rec.of(AnalysisEvent.Stroke.class).size(), "strokes while holding");
    }

    /** A new pace is found within about two of its strokes: 12 → 24 → 8 strokes/min without a stop. */
    @Test
    void aNewPaceIsFoundWithinTwoOfItsStrokes() {
        Body b = new Body(31, 8, 100, false);
        Recorder rec = Recorder.of(b.hello());
        double[][] parts = {{12, 60}, {24, 40}, {8, 75}};
        double start = 0;
        List<String> locks = new ArrayList<>();
        for (double[] part : parts) {
            double spm = part[0];
            double from = start;
            rec.run(part[1], (t, i) -> {
                if (i == 0) {
                    b.roll(t + from, spm);
                }
                return b.rolling(t + from, i);
            });
            start += part[1];
        }
        rec.finish();
        start = 60;
        for (int k = 1; k < parts.length; k++) {
            double spm = parts[k][0];
            long from = Math.round(start * 1000);
            double lock = Double.NaN;
            for (AnalysisEvent.Cadence c : rec.of(AnalysisEvent.Cadence.class)) {
                if (c.timeMs() >= from && c.spm() != null && Math.abs(c.spm() - spm) <= 0.1 * spm) {
                    lock = (c.timeMs() - from) / (60_000 / spm);
                    break;
                }
            }
            locks.add(spm + " spm after " + lock + " strokes");
            assertTrue(lock <= 2.6, "lock " + locks);
            start += parts[k][1];
        }
    }

    /** Rolling on through a too-hard press (a step in the load) and a lift-off shorter than a stroke. */
    @Test
    void rollingOnThroughAPressAndALiftOffStaysRolling() {
        Body b = new Body(41, 2, 50, false);
        Recorder rec = rollThrough(b, 12, 120, (t, i, v) -> {
            if (t >= 40 && t < 50) {
                return v * 1.9; // pressing hard
            }
            return t >= 80 && t < 82.5 ? v * 0.03 : v; // lifted off for half a stroke
        });
        List<Double> through = rec.spm(20_000, 120_000);
        long notRolling = through.stream().filter(Objects::isNull).count();
        assertEquals(0, notRolling, "not rolling while rolling on: " + through);
    }

    /** What an episode does to a taxel's kPa {@code v} at {@code t} s while the body rolls on. */
    interface Episode {
        double apply(double t, int taxel, double v);
    }

    /** Rolls body {@code b} at {@code spm} for {@code seconds} through {@code episode}; the recorder, finished. */
    private static Recorder rollThrough(Body b, double spm, double seconds, Episode episode) {
        Recorder rec = Recorder.of(b.hello());
        rec.run(seconds, (t, i) -> {
            if (i == 0) {
                b.roll(t, spm);
            }
            return episode.apply(t, i, b.rolling(t, i));
        });
        return rec.finish();
    }

    /**
     * Strokes across a change of pace without a stop (8 → 40 strokes/min) are all counted: the
     * strokes of the new pace before its rhythm is sure are recounted from the fit, not coasted at the
     * old pace.
     */
    @Test
    void strokesAcrossAChangeOfPaceAreCounted() {
        Body b = new Body(53, 8, 100, false);
        Recorder rec = Recorder.of(b.hello());
        rec.run(100, (t, i) -> {
            if (i == 0) {
                b.roll(t, t < 60 ? 8 : 40);
            }
            return b.rolling(t, i);
        });
        rec.finish();
        long truth = b.strokeEnds.stream().filter(t -> t >= 60 && t < 99).count();
        long counted = rec.of(AnalysisEvent.Stroke.class).stream().filter(s -> s.timeMs() >= 60_000 && s.timeMs() < 99_000).count();
        assertTrue(Math.abs(counted - truth) <= 1, counted + " strokes counted at the new pace, " + truth + " rolled");
    }

    /** A sudden step in the load while rolling (to 40 % of it, as when a ball slips onto the spine) keeps the cadence. */
    @Test
    void aStepInTheLoadKeepsTheCadence() {
        Body b = new Body(59, 2, 50, false);
        Recorder rec = rollThrough(b, 20, 90, (t, i, v) -> t >= 40 && t < 60 ? 0.4 * v : v);
        List<Double> through = rec.spm(20_000, 90_000);
        assertEquals(0, through.stream().filter(Objects::isNull).count(), "not rolling at a step: " + through);
    }

    /**
     * Rolling on through a spine episode on a ball pad: one ball is off the back and the other, on the
     * spine, feels the stroke as only ±6 % of its load, under a stroke's size; the person rolls on at
     * the same pace, so the cadence carries on.
     */
    @Test
    void rollingOnWithOneBallOnTheSpineStaysRolling() {
        Body b = new Body(83, 2, 50, false);
        // from 40 to 52 s the load still follows the travel (1 + swing × cos 2π phase), now ±6 %
        Recorder rec = rollThrough(b, 30, 90, (t, i, v) -> t < 40 || t >= 52 ? v
                : i == 0 ? 0.5 + 0.3 * b.r.nextDouble() : 90 * (1 + 0.06 * Math.cos(2 * Math.PI * b.phase)) + 0.3 * b.r.nextGaussian());
        List<Double> through = rec.spm(20_000, 90_000);
        assertEquals(0, through.stream().filter(Objects::isNull).count(), "not rolling on the spine: " + through);
    }

    /**
     * Rolling on onto the spine on a ball pad, as in the demo: within a moment one ball is off the back
     * and the other, on the spine, feels the stroke as only ±4–5 % of its load. The step in each ball's
     * load fits a slow rhythm for a second, and the stroke is now far smaller than before; the person
     * rolls on at the same pace, so the cadence carries on at that pace.
     */
    @ParameterizedTest(name = "seed {0}: {1} spm, ±{2}")
    @MethodSource("ontoTheSpine")
    void rollingOnOntoTheSpineKeepsThePace(long seed, double spm, double swing) {
        Body b = new Body(seed, 2, 50, false);
        Recorder rec = rollThrough(b, spm, 90, (t, i, v) -> t < 40 || t >= 60 ? v
                : i == 0 ? 0.5 + 0.3 * b.r.nextDouble() : 90 * (1 + swing * Math.cos(2 * Math.PI * b.phase)) + 0.3 * b.r.nextGaussian());
        List<Double> through = rec.spm(20_000, 90_000);
        long off = through.stream().filter(v -> v == null || Math.abs(v / spm - 1) > 0.12).count();
        assertEquals(0, off, "cadence rolling on onto the spine: " + through);
    }

    static Stream<Arguments> ontoTheSpine() {
        return Stream.of(Arguments.of(80L, 24.0, 0.04), Arguments.of(81L, 34.0, 0.05), Arguments.of(86L, 24.0, 0.05),
                Arguments.of(91L, 34.0, 0.05));
    }

    /**
     * Lying still after slow rolling on a ball pad, swaying sideways at about the pace just rolled:
     * the sway moves load from one ball to the other (the balls swing in opposite phase, by ±20 %),
     * where rolling moved both together, so rolling stops within a stroke. (Without this rule the
     * sway was followed as rolling for the whole hold.)
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("swayAfterRolling")
    void swayingSidewaysAfterRollingIsAHold(long seed) {
        Body b = new Body(seed, 2, 50, false);
        Recorder rec = Recorder.of(b.hello());
        rec.run(110, (t, i) -> {
            if (t < 60) {
                if (i == 0) {
                    b.roll(t, 8);
                }
                return b.rolling(t, i);
            }
            double sway = 0.25 * Math.sin(2 * Math.PI * (t - 60) / 7.8);
            return 48 * (1 + (i == 0 ? sway : -sway)) + 0.3 * b.r.nextGaussian();
        });
        rec.finish();
        List<Double> hold = rec.spm(60_000 + 8_500, 110_000);
        assertEquals(0, hold.stream().filter(Objects::nonNull).count(), "cadence while swaying: " + hold);
    }

    static Stream<Long> swayAfterRolling() {
        return Stream.of(101L, 102L, 103L);
    }
}
