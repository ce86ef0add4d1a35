package io.rollsense.session;

import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.FrameEncoder;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.PressureUnit;

/** Literal sessions for tests: a roller hello and frame lines that roll at a steady rhythm. */
final class TestSessions {
    static final Hello HELLO = new Hello("roller-01", DeviceKind.ROLLER, 100, PressureUnit.KPA,
            -105, -75, -45, -15, 15, 45, 75, 105);

    private TestSessions() {
    }

    /** Frame {@code i} at 100 Hz: a load that rolls left and right with a 3 s period. */
    static double[] values(int i, int channels) {
        double[] v = new double[channels];
        double centre = (channels - 1) / 2.0 * (1 + Math.sin(2 * Math.PI * i / 300.0));
        for (int c = 0; c < channels; c++) {
            double d = c - centre;
            v[c] = 5 + 40 * Math.exp(-d * d / 2) + (i % 7) * 0.1;
        }
        return v;
    }

    static String frameLine(int i, int channels) {
        return FrameEncoder.frame(i, i * 10L, values(i, channels), 1);
    }

    /** Feeds {@code frames} frames (and a hello) of a session to {@code rec} at 100 Hz host time from {@code t0}. */
    static void feed(SessionRecorder rec, int frames, long t0) {
        rec.onRawLine("roller-01", HelloCodec.encode(HELLO), t0);
        rec.onHello(HELLO, t0);
        for (int i = 0; i < frames; i++) {
            long host = t0 + i * 10L;
            rec.onRawLine("roller-01", frameLine(i, 8), host);
            double[] p = values(i, 8);
            rec.onField("roller-01", new PressureField(i * 10L, p, 100, true, 0, 0, p[3], 45, 4));
            if (i % 150 == 149) {
                rec.onEvent("roller-01", new AnalysisEvent.Stroke(i * 10L));
            }
            if (i % 100 == 99) {
                rec.onEvent("roller-01", new AnalysisEvent.Cadence(i * 10L, i > 300 ? 20.0 : null, 0.8));
            }
            if (i == 500) {
                rec.onEvent("roller-01", new AnalysisEvent.AlertRaised(AlertKind.SPINE, 4900, 25, 31.5, 3, 1.26));
            }
            if (i == 620) {
                rec.onEvent("roller-01", new AnalysisEvent.AlertCleared(AlertKind.SPINE, 4900, 6200, 25, 33.25, 3));
            }
        }
    }
}
