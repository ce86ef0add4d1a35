package io.rollsense.sink;

import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.Hello;
import io.rollsense.sink.Wording;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link ConsoleReporter} knows about one device: its hello, latest field, frame rate over
 * the current status interval, rhythm, and counts of strokes, alerts, bad lines and dropped
 * frames. Formats that device's status and stop lines. Used on the analyzer thread only.
 */
final class DeviceConsole {
    private final String deviceId;
    private final long intervalMs;
    private final Map<AlertKind, Integer> alertCounts = new EnumMap<>(AlertKind.class);
    Hello hello;
    String connection;
    PressureField last;
    private long nextStatusMs;
    private long fieldsInInterval;
    private long intervalStartMs;
    private Double spm;
    private double regularity;
    private Wording.Cue cue = Wording.Cue.NOT_ROLLING;
    long strokes;
    long badLines;
    long dropped;

    DeviceConsole(String deviceId, long intervalMs) {
        this.deviceId = deviceId;
        this.intervalMs = intervalMs;
        this.nextStatusMs = intervalMs;
    }

    /** Records a field; true when a status line is due. */
    boolean field(PressureField f) {
        last = f;
        fieldsInInterval++;
        if (f.timeMs() < nextStatusMs) {
            return false;
        }
        nextStatusMs = (f.timeMs() / intervalMs + 1) * intervalMs;
        return true;
    }

    void alertRaised(AlertKind kind) {
        alertCounts.merge(kind, 1, Integer::sum);
    }

    /** Records a cadence; returns the new cue when it changed, else null. */
    Wording.Cue cadence(Double strokesPerMin, double regularity, AnalysisSettings settings) {
        this.spm = strokesPerMin;
        this.regularity = regularity;
        Wording.Cue now = Wording.Cue.of(strokesPerMin, settings.targetMinSpm(), settings.targetMaxSpm());
        if (now == cue) {
            return null;
        }
        cue = now;
        return now;
    }

    /** Device time of the latest field, 0 before the first. */
    long timeMs() {
        return last == null ? 0 : last.timeMs();
    }

    /** The periodic status line; resets the frame-rate interval. */
    String statusLine(String fallbackConnection) {
        double seconds = Math.max(1, last.timeMs() - intervalStartMs) / 1000.0;
        double fps = fieldsInInterval / seconds;
        fieldsInInterval = 0;
        intervalStartMs = last.timeMs();
        String rhythm = spm == null ? "not rolling"
                : String.format(Locale.ROOT, "%.0f spm (%s), regularity %d %%", spm, cue.text.toLowerCase(Locale.ROOT),
                Math.round(regularity * 100));
        return String.format(Locale.ROOT,
                "%s %s · %.0f frames/s · load %.0f kPa, max %.0f kPa · %s · strokes %d · bad lines %d · dropped %d",
                hello == null ? deviceId : hello.deviceId(), connection == null ? fallbackConnection : connection, fps,
                last.totalKpa(), last.maxKpa(), rhythm, strokes, badLines, dropped);
    }

    /**
     * Device time covered by the frames so far: the last frame's time plus its frame period (3000
     * frames at 100 Hz cover 30 s, not 29.99); 0 before the first.
     */
    long coveredMs() {
        return last == null ? 0 : timeMs() + (hello == null ? 0 : Math.round(1000 / hello.rateHz()));
    }

    /** The summary at stop (duration to the nearest second): duration, strokes, alerts by kind, bad lines, dropped frames. */
    String stopLine() {
        return String.format(Locale.ROOT, "stopped after %s: %s, %s, %s, bad lines %d, dropped frames %d",
                Wording.clock(coveredMs() + 500), Wording.count(strokes, "stroke"),
                Wording.count(alertCounts.getOrDefault(AlertKind.SPINE, 0), "spine alert"),
                Wording.count(alertCounts.getOrDefault(AlertKind.OVERPRESSURE, 0), "too-hard alert"), badLines, dropped);
    }
}
