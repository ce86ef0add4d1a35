package io.rollsense.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** For any seed, kind, rate and thresholds, the truth intervals are exactly the runs of noise-free samples above them. */
class TruthPropertiesTest {

    @Property(tries = 30)
    void intervalsAreTheRunsAboveTheThreshold(@ForAll long seed, @ForAll DeviceKind kind,
                                              @ForAll @DoubleRange(min = 20, max = 500) double rateHz,
                                              @ForAll @DoubleRange(min = 5, max = 150) double overKpa,
                                              @ForAll @DoubleRange(min = 2, max = 80) double spineKpa,
                                              @ForAll @DoubleRange(min = 1, max = 100) double windowMm) {
        Simulator sim = Simulator.of("steady:2,spine:6,hard:6,spikes:6,up:3", kind, PressureUnit.KPA, rateHz, seed, 0);
        double[] pos = sim.hello().positionsMm();
        List<double[]> samples = new ArrayList<>();
        sim.setTruthListener(f -> {
            double p = 0;
            double s = 0;
            for (int i = 0; i < pos.length; i++) {
                p = Math.max(p, f.pressureKpa()[i]);
                if (Math.abs(pos[i] - f.spineMm()) <= windowMm) {
                    s = Math.max(s, f.pressureKpa()[i]);
                }
            }
            samples.add(new double[] {f.elapsedMs(), p, s});
        });
        sim.runToEnd(overKpa, spineKpa);
        GroundTruth t = sim.groundTruth(overKpa, spineKpa, windowMm);
        assertEquals(windowMm, t.thresholds().spineWindowMm());
        assertEquals(samples.size(), t.samples());
        check(samples, 1, overKpa, t.overpressureIntervals(), t, "overpressure");
        check(samples, 2, spineKpa, t.spineIntervals(), t, "spine");
    }

    private static void check(List<double[]> samples, int col, double threshold, List<TruthInterval> intervals,
                              GroundTruth t, String alert) {
        List<long[]> runs = new ArrayList<>();
        long start = -1;
        for (int i = 0; i < samples.size(); i++) {
            boolean above = samples.get(i)[col] > threshold;
            if (above && start < 0) {
                start = (long) samples.get(i)[0];
            } else if (!above && start >= 0) {
                runs.add(new long[] {start, (long) samples.get(i)[0]});
                start = -1;
            }
        }
        if (start >= 0) {
            runs.add(new long[] {start, t.durationMs()});
        }
        List<long[]> reported = new ArrayList<>();
        intervals.forEach(iv -> reported.add(new long[] {iv.startMs(), iv.endMs()}));
        t.briefSpikes().stream().filter(b -> b.alert().equals(alert)).forEach(b -> reported.add(new long[] {b.startMs(), b.endMs()}));
        reported.sort((a, b) -> Long.compare(a[0], b[0]));
        assertEquals(runs.size(), reported.size(), alert);
        for (int i = 0; i < runs.size(); i++) {
            assertEquals(runs.get(i)[0], reported.get(i)[0]);
            assertEquals(runs.get(i)[1], reported.get(i)[1]);
        }
        intervals.forEach(iv -> assertTrue(iv.durationMs() > 50));
    }
}
