package io.rollsense.app;

import io.rollsense.core.AnalysisEvent;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Headless text output: one line per status change and per alert raised or cleared, and the
 * cadence every 10 s of device time per device. Called on the analyzer thread; flushes each line.
 */
public final class ConsoleListener implements PipelineListener {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final PrintWriter out;
    private final Map<String, Long> lastCadenceMs = new HashMap<>();

    public ConsoleListener(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onStatus(StatusEvent s) {
        line(s.hostTimeMs(), s.kind().key() + ": " + s.message());
    }

    @Override
    public void onEvent(String deviceId, AnalysisEvent event) {
        long now = System.currentTimeMillis();
        if (event instanceof AnalysisEvent.AlertRaised a) {
            line(now, String.format(Locale.ROOT, "ALERT %s on %s: %.1f kPa over %.1f kPa at taxel %d",
                    kind(a.kind()), deviceId, a.peakKpa(), a.thresholdKpa(), a.channel()));
        } else if (event instanceof AnalysisEvent.AlertCleared a) {
            line(now, String.format(Locale.ROOT, "cleared %s on %s after %.1f s (peak %.1f kPa)",
                    kind(a.kind()), deviceId, (a.endMs() - a.startMs()) / 1000.0, a.peakKpa()));
        } else if (event instanceof AnalysisEvent.Cadence c) {
            Long last = lastCadenceMs.get(deviceId);
            if (last == null || c.timeMs() - last >= 10_000) {
                lastCadenceMs.put(deviceId, c.timeMs());
                line(now, c.spm() == null ? "cadence on " + deviceId + ": not rolling"
                        : String.format(Locale.ROOT, "cadence on %s: %.1f strokes/min (regularity %.2f)", deviceId,
                        c.spm(), c.regularity()));
            }
        }
    }

    private static String kind(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void onStop() {
        out.flush();
    }

    private void line(long hostTimeMs, String text) {
        out.println(CLOCK.format(Instant.ofEpochMilli(hostTimeMs)) + " " + text);
        out.flush();
    }
}
