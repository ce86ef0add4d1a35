package io.rollsense.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.protocol.WireFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one rule for a new hello, and the timeline across a restart. */
class DeviceAnalysisTest {
    private static final double[] POS = {-45, -15, 15, 45};

    private static Hello hello(String id, double rateHz, String firmware) {
        return new Hello(WireFormat.VERSION, id, DeviceKind.ROLLER, rateHz, PressureUnit.KPA, POS, firmware, Double.NaN,
                Map.of());
    }

    /** Rolls for {@code seconds} at 20 strokes/min, from device time {@code fromMs}; returns the next time. */
    private static long roll(DeviceAnalysis a, double rateHz, long fromMs, double seconds, List<AnalysisEvent> out) {
        int n = (int) Math.round(seconds * rateHz);
        long t = fromMs;
        for (int k = 0; k < n; k++) {
            t = fromMs + Math.round(k * 1000 / rateHz);
            double ts = t / 1000.0;
            double[] v = new double[POS.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = Bodies.rolling(ts, 20, 0.5, 20) * Bodies.ridges(POS[i], 0, 1);
            }
            a.onFrame(new Frame(k, t, v), out::add);
        }
        return t + Math.round(1000 / rateHz);
    }

    @Test
    void sameLayoutIsPositionsUnitKindRateAndArea() {
        Hello h = hello("a", 50, "1.0");
        assertTrue(DeviceAnalysis.sameLayout(h, hello("b", 50, "2.0")), "id and firmware do not matter");
        assertFalse(DeviceAnalysis.sameLayout(h, hello("a", 100, "1.0")), "rate matters");
        assertFalse(DeviceAnalysis.sameLayout(h, new Hello("a", DeviceKind.PAD, 50, PressureUnit.KPA, POS)));
        assertFalse(DeviceAnalysis.sameLayout(h, new Hello("a", DeviceKind.ROLLER, 50, PressureUnit.RAW, POS)));
        assertFalse(DeviceAnalysis.sameLayout(h, new Hello("a", DeviceKind.ROLLER, 50, PressureUnit.KPA, -15, 15)));
        assertFalse(DeviceAnalysis.sameLayout(null, h));
    }

    @Test
    void aResentHelloContinuesAndANewRateRestartsOnOneTimeline() {
        DeviceAnalysis a = DeviceAnalysis.plain();
        List<AnalysisEvent> events = new ArrayList<>();
        assertNull(a.onFrame(new Frame(0, 0, new double[4]), events::add), "no hello, no analysis");
        assertFalse(a.onHello(hello("a", 50, "1.0"), events::add));
        long t = roll(a, 50, 10_000, 20, events);
        assertTrue(a.onHello(hello("a", 50, "1.1"), events::add), "a new firmware continues");
        t = roll(a, 50, t, 5, events);
        long framesBefore = a.framesAnalysed();
        long before = a.lastTimeMs();
        assertFalse(a.onHello(hello("a", 100, "1.1"), events::add), "a new rate restarts");
        assertEquals(1, a.restarts());
        assertEquals(framesBefore, a.framesAnalysed(), "frames of the finished analyzer are kept");
        roll(a, 100, t + 60_000, 5, events); // the device clock jumped: the timeline does not
        assertEquals(before + 10 + 4990, a.lastTimeMs(), "continues one frame period after the last time");
        assertTrue(a.strokes() > 0);
        assertEquals(0, a.analysisErrors());
    }

    @Test
    void aCalibrationThatDoesNotFitIsReportedOnceAndTheLayoutSkipped() {
        List<String> problems = new ArrayList<>();
        DeviceAnalysis a = new DeviceAnalysis(AnalysisSettings.DEFAULTS, h -> Calibration.identity(2), problems::add);
        a.onHello(hello("a", 50, null), e -> { });
        for (int k = 0; k < 10; k++) {
            assertNull(a.onFrame(new Frame(k, k * 20L, new double[4]), e -> { }));
        }
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("cannot analyse a"), problems.get(0));
        assertEquals(1, a.analysisErrors());
        a.onHello(new Hello("a", DeviceKind.ROLLER, 50, PressureUnit.KPA, -15, 15), e -> { });
        assertNotNull(a.onFrame(new Frame(0, 0, new double[2]), e -> { }), "a new layout starts again");
    }

    @Test
    void aTareRequestedBeforeTheFirstFrameIsApplied() {
        DeviceAnalysis a = DeviceAnalysis.plain();
        a.onHello(hello("a", 50, null), e -> { });
        a.requestTare();
        // 5 kPa everywhere: drift a tare may remove (a body, 30 kPa or more, it refuses), too high for the automatic one
        PressureField f = a.onFrame(new Frame(0, 0, new double[] {5, 5, 5, 5}), e -> { });
        for (int k = 1; k < 100; k++) { // a tare averages over 1 s
            f = a.onFrame(new Frame(k, k * 20L, new double[] {5, 5, 5, 5}), e -> { });
        }
        assertTrue(f.totalKpa() < 1, "tared away: " + f.totalKpa());
    }
}
