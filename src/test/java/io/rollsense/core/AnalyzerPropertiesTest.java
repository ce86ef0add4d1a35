package io.rollsense.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Whatever the pressures and timing, the analyzer never throws and its events stay well-formed. */
class AnalyzerPropertiesTest {
    @Property(tries = 150)
    void anyInputGivesWellFormedEvents(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int channels,
                                       @ForAll @DoubleRange(min = 20, max = 200) double rateHz,
                                       @ForAll @DoubleRange(min = 0, max = 500) double scaleKpa) {
        double[] pos = new double[channels];
        for (int i = 0; i < channels; i++) {
            pos[i] = -100 + 200.0 * i / Math.max(1, channels - 1);
        }
        Hello hello = channels == 2 ? Recorder.balls(rateHz) : new Hello("p", io.rollsense.protocol.DeviceKind.PAD, rateHz,
                io.rollsense.protocol.PressureUnit.KPA, pos);
        List<AnalysisEvent> a = run(hello, seed, scaleKpa);
        List<AnalysisEvent> b = run(hello, seed, scaleKpa);
        assertEquals(a, b, "same input, same events");
        long lastCadence = 0;
        AlertKind[] open = new AlertKind[0];
        List<AlertKind> raised = new ArrayList<>();
        for (AnalysisEvent e : a) {
            if (e instanceof AnalysisEvent.Cadence c) {
                assertEquals(lastCadence + 1000, c.timeMs(), "one cadence per second");
                lastCadence = c.timeMs();
                assertTrue(c.spm() == null || (c.spm() >= 5 && c.spm() <= 45), "spm " + c.spm());
                assertTrue(c.regularity() >= 0 && c.regularity() <= 1);
            } else if (e instanceof AnalysisEvent.AlertRaised r) {
                assertTrue(!raised.contains(r.kind()), "raised twice: " + r);
                raised.add(r.kind());
                assertTrue(r.peakKpa() > 0 && r.severity() > 0 && r.channel() >= 0 && r.channel() < channels, r.toString());
            } else if (e instanceof AnalysisEvent.AlertCleared c) {
                assertTrue(raised.remove(c.kind()), "cleared without raise: " + c);
                assertTrue(c.endMs() >= c.startMs(), c.toString());
            } else if (e instanceof AnalysisEvent.Stroke s) {
                assertTrue(s.timeMs() >= 0);
            }
        }
        assertTrue(raised.isEmpty(), "finish clears every alert");
        assertEquals(0, open.length);
    }

    private static List<AnalysisEvent> run(Hello hello, long seed, double scaleKpa) {
        Random r = new Random(seed);
        Analyzer an = new Analyzer(hello, AnalysisSettings.DEFAULTS);
        List<AnalysisEvent> out = new ArrayList<>();
        long t = 0;
        int n = hello.channelCount();
        for (int k = 0; k < 3000; k++) {
            double[] v = new double[n];
            int mode = r.nextInt(10);
            for (int i = 0; i < n; i++) {
                v[i] = switch (mode) {
                    case 0 -> 0;                                      // nobody on it
                    case 1 -> r.nextDouble() * 10 * scaleKpa;         // spike
                    default -> scaleKpa * (1 + Math.sin(k / 30.0 + i)) * r.nextDouble();
                };
            }
            t += r.nextInt(20) == 0 ? r.nextInt(3000) : Math.round(1000 / hello.rateHz());  // gaps
            an.onFrame(new Frame(k, t, v), out::add);
            assertTrue(an.lastField() != null && an.lastField().pressuresKpa().length == n);
        }
        an.finish(out::add);
        return out;
    }
}
