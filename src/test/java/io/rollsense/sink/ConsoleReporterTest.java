package io.rollsense.sink;

import io.rollsense.testing.SyntheticRoll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.api.StatusEvent;
import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReporterTest {
    @Test
    void printsStatusEveryIntervalAlertsAndCueChanges() {
        StringWriter text = new StringWriter();
        ConsoleReporter r = new ConsoleReporter(new PrintWriter(text), AnalysisSettings.DEFAULTS, 5000);
        String dev = SyntheticRoll.HELLO.deviceId();
        r.onStatus(new StatusEvent(StatusEvent.Kind.CONNECTED, dev, "simulator started", 0));
        r.onHello(SyntheticRoll.HELLO, 0);
        for (long t = 0; t <= 12_000; t += 10) {
            r.onField(dev, SyntheticRoll.field(t, 22, 0.2));
            if (t == 3000) {
                r.onEvent(dev, new AnalysisEvent.Cadence(t, 12.0, 0.9));
            }
            if (t == 6000) {
                r.onEvent(dev, new AnalysisEvent.AlertRaised(AlertKind.SPINE, 6000, 25, 31, 3, 1.24));
                r.onEvent(dev, new AnalysisEvent.Cadence(t, 36.0, 0.8));
            }
            if (t == 8500) {
                r.onEvent(dev, new AnalysisEvent.AlertCleared(AlertKind.SPINE, 6000, 8500, 25, 40, 3));
            }
            if (t == 9000) {
                r.onStatus(new StatusEvent(StatusEvent.Kind.DROPPED, dev, "3 frames dropped", 0, 3));
            }
        }
        r.onStop();
        List<String> lines = text.toString().lines().toList();
        assertEquals("  0:00  connected: simulator started", lines.get(0));
        assertEquals("  0:00  device synthetic-roller: roller, 8 taxels, 100 Hz, kPa", lines.get(1));
        assertEquals("  0:03  rhythm: 12 spm, good pace", lines.get(2));
        assertTrue(lines.get(3).startsWith("  0:05  synthetic-roller connected · 100 frames/s · load "), lines.get(3));
        assertTrue(lines.get(3).contains("12 spm (good pace), regularity 90 % · strokes 0"), lines.get(3));
        assertEquals("  0:06  ALERT SPINE  31 kPa  ·  1.2× the 25 kPa limit - Pressure on your spine: move sideways"
                + " so the load rests on the muscle beside it", lines.get(4));
        assertEquals("  0:06  rhythm: 36 spm, roll slower", lines.get(5));
        assertEquals("  0:08  cleared spine after 2.5 s, peak 40 kPa (1.6× the 25 kPa limit)", lines.get(6));
        assertTrue(lines.get(7).startsWith("  0:10  synthetic-roller connected"), lines.get(7));
        assertTrue(lines.get(7).endsWith("dropped 3"), lines.get(7));
        assertEquals("  0:12  stopped after 0:12: 0 strokes, 1 spine alert, 0 too-hard alerts, bad lines 0,"
                + " dropped frames 3", lines.get(8));
        assertEquals(9, lines.size());
    }

    @Test
    void severalDevicesGetTheirOwnLinesAndConnectionState() {
        StringWriter text = new StringWriter();
        ConsoleReporter r = new ConsoleReporter(new PrintWriter(text), AnalysisSettings.DEFAULTS, 5000);
        r.onStatus(new StatusEvent(StatusEvent.Kind.CONNECTED, "tcp://broker", "subscribed to rollsense/+", 0));
        for (long t = 0; t <= 5000; t += 10) {
            r.onField("a", SyntheticRoll.field(t, 22, 0.2));
            r.onField("b", SyntheticRoll.field(t, 22, 0.2));
            if (t == 2000) {
                r.onStatus(new StatusEvent(StatusEvent.Kind.OFFLINE, "b", "b went offline", 0));
                r.onEvent("a", new AnalysisEvent.AlertRaised(AlertKind.OVERPRESSURE, 2000, 60, 70, 2, 1.2));
                r.onBadLine("b", null, 0);
            }
            if (t == 3000 || t == 4000) { // counts so far, as DeviceChannel reports them
                r.onStatus(new StatusEvent(StatusEvent.Kind.DROPPED, "a", (t / 1000) + " frame(s) missing so far", 0, t / 1000));
            }
        }
        r.onStop();
        List<String> lines = text.toString().lines().toList();
        assertEquals("  0:00  connected: subscribed to rollsense/+", lines.get(0));
        assertEquals("  0:02  offline: b went offline", lines.get(1));
        assertTrue(lines.get(2).startsWith("  0:02  a: ALERT "), lines.get(2));
        assertTrue(lines.get(3).startsWith("  0:05  a connected · "), lines.get(3));
        assertTrue(lines.get(3).endsWith("bad lines 0 · dropped 4"), lines.get(3));
        assertTrue(lines.get(4).startsWith("  0:05  b offline · "), lines.get(4));
        assertTrue(lines.get(4).endsWith("bad lines 1 · dropped 0"), lines.get(4));
        assertEquals("  0:05  a: stopped after 0:05: 0 strokes, 0 spine alerts, 1 too-hard alert, bad lines 0,"
                + " dropped frames 4", lines.get(5));
        assertTrue(lines.get(6).startsWith("  0:05  b: stopped after 0:05: "), lines.get(6));
        assertEquals(7, lines.size());
    }

    @Test
    void thirtySecondsOfFramesSayStoppedAfterHalfAMinute() {
        StringWriter text = new StringWriter();
        ConsoleReporter r = new ConsoleReporter(new PrintWriter(text), AnalysisSettings.DEFAULTS, 5000);
        String dev = SyntheticRoll.HELLO.deviceId();
        r.onHello(SyntheticRoll.HELLO, 0);
        for (long t = 0; t < 30_000; t += 10) { // 3000 frames at 100 Hz: the last at 29.99 s
            r.onField(dev, SyntheticRoll.field(t, 22, 0.2));
        }
        r.onStop();
        List<String> lines = text.toString().lines().toList();
        assertTrue(lines.get(lines.size() - 1).contains("stopped after 0:30:"), lines.get(lines.size() - 1));
    }

    @Test
    void clockGoesOnWhileTheDeviceIsUnplugged() {
        StringWriter text = new StringWriter();
        ConsoleReporter r = new ConsoleReporter(new PrintWriter(text), AnalysisSettings.DEFAULTS, 5000);
        String dev = SyntheticRoll.HELLO.deviceId();
        r.onHello(SyntheticRoll.HELLO, 0);
        long host = 1_000_000;
        for (long t = 0; t <= 10_000; t += 10) {
            r.onField(dev, SyntheticRoll.field(t, 22, 0.2));
            if (t % 250 == 0) {
                r.onTick(host + t);
            }
        }
        host += 10_000;
        r.onStatus(new StatusEvent(StatusEvent.Kind.DISCONNECTED, dev, "unplugged", host));
        for (long h = 250; h <= 12_000; h += 250) { // 12 s of host time without a frame
            r.onTick(host + h);
        }
        r.onStatus(new StatusEvent(StatusEvent.Kind.CONNECTED, dev, "back", host + 12_000));
        List<String> lines = text.toString().lines().toList();
        List<String> idle = lines.stream().filter(l -> l.contains("no data for")).toList();
        assertEquals(2, idle.size(), lines.toString());
        assertTrue(idle.get(0).matches(" *0:15  no data for 0:05 \\(disconnected\\)"), idle.get(0));
        assertTrue(idle.get(1).matches(" *0:20  no data for 0:10 \\(disconnected\\)"), idle.get(1));
        assertTrue(lines.get(lines.size() - 1).matches(" *0:22  connected: back"), lines.get(lines.size() - 1));
        // frames again, the device clock did not count the gap: the shown clock keeps the host time
        for (long t = 10_010; t <= 16_000; t += 10) {
            r.onField(dev, SyntheticRoll.field(t, 22, 0.2));
        }
        r.onStop();
        List<String> after = text.toString().lines().toList();
        assertTrue(after.get(after.size() - 1).startsWith("  0:28  stopped after 0:16"), after.get(after.size() - 1));
    }
}
