package io.rollsense.sink;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.BadLine;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Hello;
import io.rollsense.sink.Wording;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Headless live output ({@code live --headless}, {@code demo --headless}, or no display): per
 * device, a status line every few seconds of device time (connection, frame rate, load, rhythm,
 * strokes, bad lines, dropped frames), each alert raise and clear, and each change of the rhythm
 * cue; every connection change (connected, unplugged, reconnected, offline) as it happens. With
 * more than one device, device lines start with the device id. Runs on the analyzer thread;
 * printing one short line is its only work. Times are device time (m:ss since the first frame), so
 * a replay prints the same lines; while no frames come (a device unplugged, a broker down) the clock
 * goes on with host time ({@link #onTick}) and a "no data" line is printed every status interval.
 */
public final class ConsoleReporter implements PipelineListener {
    private final PrintWriter out;
    private final AnalysisSettings settings;
    private final long intervalMs;
    private final Map<String, DeviceConsole> devices = new LinkedHashMap<>();
    private String connection = "waiting";
    private long latestTimeMs;
    /** Host time not covered by device time (frames missing), added to the clock shown. */
    private long idleOffsetMs;
    private long lastTickHostMs = -1;
    private long idleSinceHostMs = -1;
    private long lastIdleLineHostMs;
    private boolean fieldSinceTick;

    /**
     * @param out        where lines go (flushed after each line)
     * @param settings   thresholds and target cadence band
     * @param intervalMs device time between status lines (&gt;= 1000)
     */
    public ConsoleReporter(PrintWriter out, AnalysisSettings settings, long intervalMs) {
        this.out = out;
        this.settings = settings;
        this.intervalMs = Math.max(1000, intervalMs);
    }

    @Override
    public void onHello(Hello h, long hostTimeMs) {
        DeviceConsole d = device(h.deviceId());
        if (d.hello == null || !d.hello.equals(h)) {
            line(latestTimeMs, String.format(Locale.ROOT, "device %s: %s, %d taxels, %.0f Hz, %s",
                    h.deviceId(), h.kind().wireName(), h.channelCount(), h.rateHz(), h.unit().wireName()));
        }
        d.hello = h;
    }

    @Override
    public void onField(String deviceId, PressureField f) {
        DeviceConsole d = device(deviceId);
        if (idleSinceHostMs >= 0) { // frames again: keep the host time the device clock did not count
            long idle = lastTickHostMs - idleSinceHostMs;
            idleOffsetMs += Math.max(0, idle - Math.max(0, f.timeMs() - latestTimeMs));
            idleSinceHostMs = -1;
        }
        fieldSinceTick = true;
        latestTimeMs = f.timeMs();
        if (d.field(f)) {
            line(f.timeMs(), d.statusLine(connection)); // starts with the device id
        }
    }

    @Override
    public void onEvent(String deviceId, AnalysisEvent event) {
        DeviceConsole d = device(deviceId);
        if (event instanceof AnalysisEvent.AlertRaised r) {
            d.alertRaised(r.kind());
            deviceLine(deviceId, r.startMs(), "ALERT " + Wording.alertHeadline(r.kind(), r.peakKpa(), r.thresholdKpa())
                    + " - " + Wording.alertAdvice(r.kind()));
        } else if (event instanceof AnalysisEvent.AlertCleared c) {
            deviceLine(deviceId, c.endMs(), String.format(Locale.ROOT,
                    "cleared %s after %s, peak %.0f kPa (%.1f× the %.0f kPa limit)",
                    Wording.name(c.kind()).toLowerCase(Locale.ROOT), Wording.seconds(c.endMs() - c.startMs()),
                    c.peakKpa(), c.peakKpa() / c.thresholdKpa(), c.thresholdKpa()));
        } else if (event instanceof AnalysisEvent.Stroke) {
            d.strokes++;
        } else if (event instanceof AnalysisEvent.Cadence c) {
            Wording.Cue changed = d.cadence(c.spm(), c.regularity(), settings);
            if (changed != null) {
                deviceLine(deviceId, c.timeMs(), c.spm() == null ? "rhythm: not rolling"
                        : String.format(Locale.ROOT, "rhythm: %.0f spm, %s", c.spm(), changed.text.toLowerCase(Locale.ROOT)));
            }
        }
    }

    @Override
    public void onBadLine(String deviceId, BadLine bad, long hostTimeMs) {
        device(deviceId).badLines++;
    }

    /**
     * Connection changes are printed as they come; bad-line and dropped-frame counts go into the
     * status lines instead. A status before the device's hello (keyed by port or topic) sets the
     * connection shown for devices that have no status of their own yet. A device's dropped-frame
     * status carries its count so far; drops not tied to one device (queue drops) add to the only
     * device, or are printed when there are several.
     */
    @Override
    public void onStatus(StatusEvent s) {
        String state = switch (s.kind()) {
            case CONNECTED, ONLINE -> "connected";
            case DISCONNECTED -> "disconnected";
            case OFFLINE -> "offline";
            default -> null;
        };
        DeviceConsole known = devices.get(s.deviceId());
        if (state != null && known != null) {
            known.connection = state;
        } else if (state != null) {
            connection = state;
        }
        if (s.kind() == StatusEvent.Kind.DROPPED && known != null) {
            known.dropped = Math.max(0, s.count()); // a device's count so far
        } else if (s.kind() == StatusEvent.Kind.DROPPED && devices.size() == 1) {
            devices.values().iterator().next().dropped += Math.max(0, s.count()); // the pipeline's queue drops
        } else if (s.kind() != StatusEvent.Kind.BAD_LINES && s.kind() != StatusEvent.Kind.HELLO) {
            line(latestTimeMs, s.kind().key() + ": " + s.message());
        }
    }

    /** Host clock: while no frames come, the shown clock goes on and says so every status interval. */
    @Override
    public void onTick(long hostTimeMs) {
        if (!fieldSinceTick && lastTickHostMs >= 0 && idleSinceHostMs < 0) {
            idleSinceHostMs = lastTickHostMs;
            lastIdleLineHostMs = lastTickHostMs;
        }
        fieldSinceTick = false;
        lastTickHostMs = hostTimeMs;
        if (idleSinceHostMs >= 0 && hostTimeMs - lastIdleLineHostMs >= intervalMs) {
            lastIdleLineHostMs = hostTimeMs;
            line(latestTimeMs, "no data for " + Wording.clock(hostTimeMs - idleSinceHostMs) + " (" + connectionNow() + ")");
        }
    }

    private String connectionNow() {
        for (DeviceConsole d : devices.values()) {
            if (d.connection != null && !d.connection.equals("connected")) {
                return d.connection;
            }
        }
        return connection;
    }

    @Override
    public void onStop() {
        if (devices.isEmpty()) {
            line(0, new DeviceConsole("device", intervalMs).stopLine());
        }
        devices.forEach((id, d) -> deviceLine(id, d.coveredMs() + 500, d.stopLine())); // the stop line's rounding
    }

    /** Thresholds in effect for a device kind (for callers that print a header). */
    public String thresholds(DeviceKind k) {
        return String.format(Locale.ROOT, "too hard above %.0f kPa, spine above %.0f kPa within ±%.0f mm",
                settings.overpressureKpaFor(k), settings.spineKpaFor(k), settings.spineZoneMm());
    }

    private DeviceConsole device(String deviceId) {
        return devices.computeIfAbsent(deviceId, id -> new DeviceConsole(id, intervalMs));
    }

    private void deviceLine(String deviceId, long deviceTimeMs, String text) {
        line(deviceTimeMs, devices.size() > 1 ? deviceId + ": " + text : text);
    }

    private void line(long deviceTimeMs, String text) {
        long idleNow = idleSinceHostMs >= 0 ? lastTickHostMs - idleSinceHostMs : 0;
        long shownMs = deviceTimeMs + idleOffsetMs + (deviceTimeMs >= latestTimeMs ? idleNow : 0);
        out.println(String.format(Locale.ROOT, "%6s  %s", Wording.clock(shownMs), text));
        out.flush();
    }
}
