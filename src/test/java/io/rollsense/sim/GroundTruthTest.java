package io.rollsense.sim;

import static io.rollsense.sim.SimTestSupport.overKpa;
import static io.rollsense.sim.SimTestSupport.spineKpa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GroundTruthTest {

    /** Recomputes spine and peak pressure from the per-taxel truth, independently of the recorder. */
    private record Sample(long t, double peak, double spine) {
    }

    private static List<Sample> run(Simulator sim, double over, double spine, GroundTruth[] out) {
        double[] pos = sim.hello().positionsMm();
        List<Sample> samples = new ArrayList<>();
        sim.setTruthListener(f -> {
            double p = 0;
            double s = 0;
            for (int i = 0; i < pos.length; i++) {
                p = Math.max(p, f.pressureKpa()[i]);
                if (Math.abs(pos[i] - f.spineMm()) <= 20) {
                    s = Math.max(s, f.pressureKpa()[i]);
                }
            }
            samples.add(new Sample(f.elapsedMs(), p, s));
        });
        out[0] = sim.runToEnd(over, spine);
        return samples;
    }

    private static void assertIntervalsMatch(List<Sample> samples, boolean spine, double threshold,
                                             List<TruthInterval> intervals, List<GroundTruth.BriefSpike> brief, String alert) {
        List<long[]> all = new ArrayList<>();
        intervals.forEach(i -> all.add(new long[] {i.startMs(), i.endMs()}));
        brief.stream().filter(b -> b.alert().equals(alert)).forEach(b -> all.add(new long[] {b.startMs(), b.endMs()}));
        for (Sample s : samples) {
            double v = spine ? s.spine() : s.peak();
            boolean inside = all.stream().anyMatch(iv -> s.t() >= iv[0] && s.t() < iv[1]);
            assertEquals(v > threshold, inside, alert + " at " + s.t() + " ms: " + v + " vs " + threshold);
        }
        for (TruthInterval iv : intervals) {
            assertTrue(iv.durationMs() > 50, "interval longer than brief: " + iv);
            double max = samples.stream().filter(s -> s.t() >= iv.startMs() && s.t() < iv.endMs())
                    .mapToDouble(s -> spine ? s.spine() : s.peak()).max().orElseThrow();
            assertEquals(max, iv.peakKpa(), 0.006);
        }
    }

    @ParameterizedTest
    @EnumSource(DeviceKind.class)
    void intervalsAgreeWithNoiseFreePressures(DeviceKind kind) {
        GroundTruth[] t = new GroundTruth[1];
        Simulator sim = Simulator.of("steady:5,spine:12,hard:12,spikes:12,drift:8", kind, PressureUnit.KPA, 100, 17, 0);
        List<Sample> samples = run(sim, overKpa(kind), spineKpa(kind), t);
        assertIntervalsMatch(samples, true, spineKpa(kind), t[0].spineIntervals(), t[0].briefSpikes(), "spine");
        assertIntervalsMatch(samples, false, overKpa(kind), t[0].overpressureIntervals(), t[0].briefSpikes(), "overpressure");
        // any threshold the caller passes: recompute with a low one
        GroundTruth low = sim.groundTruth(overKpa(kind) / 2, spineKpa(kind) / 3);
        assertIntervalsMatch(samples, true, spineKpa(kind) / 3, low.spineIntervals(), low.briefSpikes(), "spine");
        assertIntervalsMatch(samples, false, overKpa(kind) / 2, low.overpressureIntervals(), low.briefSpikes(), "overpressure");
    }

    @ParameterizedTest
    @EnumSource(DeviceKind.class)
    void scenariosShowWhatTheirNamesSayAtDefaultThresholds(DeviceKind kind) {
        for (long seed = 1; seed <= 3; seed++) {
            GroundTruth spine = Simulator.of("spine:20", kind, PressureUnit.KPA, 100, seed, 0).runToEnd(overKpa(kind), spineKpa(kind));
            assertEquals(1, spine.spineIntervals().size(), kind + " spine " + spine.spineIntervals());
            TruthInterval iv = spine.spineIntervals().get(0);
            assertTrue(iv.startMs() > 4000 && iv.startMs() < 6000 && iv.endMs() > 14000 && iv.endMs() < 16000, iv.toString());
            assertTrue(spine.overpressureIntervals().isEmpty());

            GroundTruth hard = Simulator.of("hard:20", kind, PressureUnit.KPA, 100, seed, 0).runToEnd(overKpa(kind), spineKpa(kind));
            assertEquals(1, hard.overpressureIntervals().size(), kind + " hard " + hard.overpressureIntervals());
            assertTrue(hard.spineIntervals().isEmpty(), hard.spineIntervals().toString());
            assertTrue(hard.overpressureIntervals().get(0).peakKpa() > overKpa(kind) * 1.3);

            GroundTruth calm = Simulator.of("steady:20,drift:20,hold:10,pause:5,up:8", kind, PressureUnit.KPA, 100, seed, 0)
                    .runToEnd(overKpa(kind), spineKpa(kind));
            assertTrue(calm.spineIntervals().isEmpty() && calm.overpressureIntervals().isEmpty()
                    && calm.briefSpikes().isEmpty(), kind + " calm rolling raised truth: " + calm);

            GroundTruth spikes = Simulator.of("spikes:20", kind, PressureUnit.KPA, 100, seed, 0).runToEnd(overKpa(kind), spineKpa(kind));
            assertTrue(spikes.overpressureIntervals().isEmpty());
            assertTrue(spikes.briefSpikes().size() >= 4, "spikes: " + spikes.briefSpikes());
            spikes.briefSpikes().forEach(b -> assertTrue(b.endMs() - b.startMs() <= 50, b.toString()));
        }
    }

    @Test
    void briefSpikesAtLowRateAreOneSample() {
        GroundTruth t = Simulator.of("spikes:20", DeviceKind.ROLLER, PressureUnit.KPA, 20, 2, 0).runToEnd(60, 25);
        assertFalse(t.briefSpikes().isEmpty());
        t.briefSpikes().forEach(b -> assertEquals(50, b.endMs() - b.startMs()));
        assertTrue(t.overpressureIntervals().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = DeviceKind.class)
    void strokeTimesMatchTheConfiguredCadence(DeviceKind kind) {
        for (double spm : new double[] {5, 12, 30, 45}) {
            double seconds = Math.max(60, 20 * 60 / spm);
            GroundTruth t = Simulator.builder().script("steady:" + (long) seconds + ":spm=" + spm).kind(kind).rateHz(50)
                    .seed((long) spm).build().runToEnd(60, 25);
            long[] s = t.strokesMs();
            double expected = seconds * spm / 60;
            assertTrue(Math.abs(s.length - expected) <= 1.5, spm + " spm: " + s.length + " strokes, expected ~" + expected);
            double meanPeriod = (s[s.length - 1] - s[0]) / (double) (s.length - 1);
            assertEquals(60000 / spm, meanPeriod, 60000 / spm * 0.015, spm + " spm mean period");
            assertEquals(spm, t.cadence().get(0).spm());
        }
    }

    @Test
    void cadenceChangeSplitsTheSegmentAndPausesHaveNoStrokes() {
        GroundTruth t = Simulator.of("cadence-change:60:spm=20:to=40,pause:10,hold:10,up:10,steady:30",
                DeviceKind.ROLLER, PressureUnit.KPA, 100, 3, 0).runToEnd(60, 25);
        List<GroundTruth.CadenceSegment> c = t.cadence();
        assertEquals(6, c.size());
        assertEquals(new GroundTruth.CadenceSegment(0, 30000, 20.0, "steady", "cadence-change"), c.get(0));
        assertEquals(new GroundTruth.CadenceSegment(30000, 60000, 40.0, "steady", "cadence-change"), c.get(1));
        assertEquals("pause", c.get(2).kind());
        assertNull(c.get(2).spm());
        assertEquals("hold", c.get(3).kind());
        assertEquals("up", c.get(4).kind());
        assertEquals(40.0, c.get(5).spm(), "cadence carries over to the next segment");
        long firstHalf = java.util.Arrays.stream(t.strokesMs()).filter(x -> x < 30000).count();
        long secondHalf = java.util.Arrays.stream(t.strokesMs()).filter(x -> x >= 30000 && x < 60000).count();
        assertEquals(10, firstHalf, 1);
        assertEquals(20, secondHalf, 1);
        assertEquals(0, java.util.Arrays.stream(t.strokesMs()).filter(x -> x >= 60500 && x < 90000).count());
    }

    @Test
    void truthJsonRoundTrips() throws Exception {
        GroundTruth t = Simulator.of("steady:5,faults:8,spine:8", DeviceKind.BALLS, PressureUnit.NEWTON, 100, 8, 0)
                .runToEnd(120, 40);
        String json = GroundTruthJson.toJson(t);
        assertTrue(json.contains("\"overpressure_intervals\""), json);
        assertTrue(json.contains("\"channel_count\""), json);
        GroundTruth back = GroundTruthJson.parse(json);
        assertEquals(json, GroundTruthJson.toJson(back));
    }
}
