package io.rollsense.ui;

import io.rollsense.app.PipelineListener;
import io.rollsense.app.StatusEvent;
import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.BadLine;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Hello;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Headless live output ({@code demo --headless}, or no display): a status line every few seconds
 * of device time, each alert raise and clear, and each change of the rhythm cue. Runs on the
 * analyzer thread; printing one short line is its only work. Times are device time (m:ss since the
 * first frame), so a replay prints the same lines.
 */
public final class ConsoleReporter implements PipelineListener {
    private final PrintWriter out;
    private final AnalysisSettings settings;
    private final long intervalMs;
    private final Map<AlertKind, Integer> alertCounts = new EnumMap<>(AlertKind.class);
    private Hello hello;
    private String connection = "waiting";
    private PressureField last;
    private long nextStatusMs;
    private long fieldsInInterval;
    private long intervalStartMs;
    private Double spm;
    private double regularity;
    private Wording.Cue cue = Wording.Cue.NOT_ROLLING;
    private long strokes;
    private long badLines;
    private long dropped;

    /**
     * @param out        where lines go (flushed after each line)
     * @param settings   thresholds and target cadence band
     * @param intervalMs device time between status lines (&gt;= 1000)
     */
    public ConsoleReporter(PrintWriter out, AnalysisSettings settings, long intervalMs) {
        this.out = out;
        this.settings = settings;
        this.intervalMs = Math.max(1000, intervalMs);
        this.nextStatusMs = this.intervalMs;
    }

    @Override
    public void onHello(Hello h, long hostTimeMs) {
        if (hello == null || !hello.equals(h)) {
            line(last == null ? 0 : last.timeMs(), String.format(Locale.ROOT, "device %s: %s, %d taxels, %.0f Hz, %s",
                    h.deviceId(), h.kind().wireName(), h.channelCount(), h.rateHz(), h.unit().wireName()));
        }
        hello = h;
    }

    @Override
    public void onField(String deviceId, PressureField f) {
        last = f;
        fieldsInInterval++;
        if (f.timeMs() >= nextStatusMs) {
            status(f);
            nextStatusMs = (f.timeMs() / intervalMs + 1) * intervalMs;
        }
    }

    private void status(PressureField f) {
        double seconds = Math.max(1, f.timeMs() - intervalStartMs) / 1000.0;
        double fps = fieldsInInterval / seconds;
        fieldsInInterval = 0;
        intervalStartMs = f.timeMs();
        String rhythm = spm == null ? "not rolling"
                : String.format(Locale.ROOT, "%.0f spm (%s), regularity %d %%", spm, cue.text.toLowerCase(Locale.ROOT),
                Math.round(regularity * 100));
        line(f.timeMs(), String.format(Locale.ROOT,
                "%s %s · %.0f frames/s · load %.0f kPa, max %.0f kPa · %s · strokes %d · bad lines %d · dropped %d",
                hello == null ? "device" : hello.deviceId(), connection, fps, f.totalKpa(), f.maxKpa(), rhythm, strokes,
                badLines, dropped));
    }

    @Override
    public void onEvent(String deviceId, AnalysisEvent event) {
        if (event instanceof AnalysisEvent.AlertRaised r) {
            alertCounts.merge(r.kind(), 1, Integer::sum);
            line(r.startMs(), "ALERT " + Wording.alertHeadline(r.kind(), r.peakKpa(), r.thresholdKpa())
                    + " - " + Wording.alertAdvice(r.kind()));
        } else if (event instanceof AnalysisEvent.AlertCleared c) {
            line(c.endMs(), String.format(Locale.ROOT, "cleared %s after %s, peak %.0f kPa (%.1f× the %.0f kPa limit)",
                    Wording.name(c.kind()).toLowerCase(Locale.ROOT), Wording.seconds(c.endMs() - c.startMs()),
                    c.peakKpa(), c.peakKpa() / c.thresholdKpa(), c.thresholdKpa()));
        } else if (event instanceof AnalysisEvent.Stroke) {
            strokes++;
        } else if (event instanceof AnalysisEvent.Cadence c) {
            spm = c.spm();
            regularity = c.regularity();
            Wording.Cue now = Wording.Cue.of(c.spm(), settings.targetMinSpm(), settings.targetMaxSpm());
            if (now != cue) {
                cue = now;
                line(c.timeMs(), c.spm() == null ? "rhythm: not rolling"
                        : String.format(Locale.ROOT, "rhythm: %.0f spm, %s", c.spm(), now.text.toLowerCase(Locale.ROOT)));
            }
        }
    }

    @Override
    public void onBadLine(String deviceId, BadLine bad, long hostTimeMs) {
        badLines++;
    }

    @Override
    public void onStatus(StatusEvent s) {
        switch (s.kind()) {
            case CONNECTED, ONLINE -> connection = "connected";
            case DISCONNECTED -> connection = "disconnected";
            case OFFLINE -> connection = "offline";
            case DROPPED -> dropped += LiveState.firstNumber(s.message());
            default -> {
            }
        }
        if (s.kind() != StatusEvent.Kind.BAD_LINES && s.kind() != StatusEvent.Kind.DROPPED
                && s.kind() != StatusEvent.Kind.HELLO) {
            line(last == null ? 0 : last.timeMs(), s.kind().key() + ": " + s.message());
        }
    }

    @Override
    public void onStop() {
        long t = last == null ? 0 : last.timeMs();
        line(t, String.format(Locale.ROOT, "stopped after %s: %s, %s, %s, bad lines %d, dropped frames %d",
                Wording.clock(t), Wording.count(strokes, "stroke"),
                Wording.count(alertCounts.getOrDefault(AlertKind.SPINE, 0), "spine alert"),
                Wording.count(alertCounts.getOrDefault(AlertKind.OVERPRESSURE, 0), "too-hard alert"), badLines, dropped));
    }

    /** Thresholds in effect for a device kind (for callers that print a header). */
    public String thresholds(DeviceKind k) {
        return String.format(Locale.ROOT, "too hard above %.0f kPa, spine above %.0f kPa within ±%.0f mm",
                settings.overpressureKpaFor(k), settings.spineKpaFor(k), settings.spineZoneMm());
    }

    private void line(long deviceTimeMs, String text) {
        out.println(String.format(Locale.ROOT, "%6s  %s", Wording.clock(deviceTimeMs), text));
        out.flush();
    }
}
