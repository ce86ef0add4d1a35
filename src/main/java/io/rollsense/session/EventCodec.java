package io.rollsense.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent.AlertCleared;
import io.rollsense.core.AnalysisEvent.AlertRaised;
import io.rollsense.core.AnalysisEvent.Cadence;
import io.rollsense.core.AnalysisEvent.Stroke;
import io.rollsense.core.AnalysisEvent;
import java.util.Locale;

/**
 * The one JSON spelling of analysis events, shared by session {@code E} records and the public
 * JSON lines of {@code analyze --json} / {@code live --json} ({@code sink.EventJson}): snake_case
 * fields, times in ms since the first valid frame.
 * <pre>
 * {"type":"alert_raised","kind":"overpressure"|"spine","start_ms","peak_kpa","channel","threshold_kpa","severity"}
 * {"type":"alert","kind","start_ms","end_ms","peak_kpa","channel","threshold_kpa","severity"}   (cleared)
 * {"type":"stroke","t_ms"}
 * {"type":"cadence","t_ms","spm" (null when not rolling),"regularity"}
 * {"type":"tare","t_ms","requested_ms","result","highest_kpa"}
 * </pre>
 * Session files keep full precision (shortest round-trip doubles, so events read back equal); the
 * public lines round to 2 decimals. {@link #decode} also reads the camelCase spelling that session
 * files written before this change use ({@code alert_cleared}, {@code startMs}, {@code timeMs}, ...).
 * Thread-safe.
 */
public final class EventCodec {
    static final ObjectMapper JSON = new ObjectMapper();

    private EventCodec() {
    }

    /** The event as one line of JSON, full precision (session files). */
    public static String encode(AnalysisEvent e) {
        return node(e, false).toString();
    }

    /**
     * The event as a JSON object in the one spelling.
     *
     * @param rounded round pressures, severity, cadence and regularity to 2 decimals (public lines)
     */
    public static ObjectNode node(AnalysisEvent e, boolean rounded) {
        ObjectNode o = JSON.createObjectNode();
        if (e instanceof AlertRaised a) {
            o.put("type", "alert_raised").put("kind", a.kind().key()).put("start_ms", a.startMs())
                    .put("peak_kpa", r(a.peakKpa(), rounded)).put("channel", a.channel())
                    .put("threshold_kpa", r(a.thresholdKpa(), rounded)).put("severity", r(a.severity(), rounded));
        } else if (e instanceof AlertCleared a) {
            o.put("type", "alert").put("kind", a.kind().key()).put("start_ms", a.startMs()).put("end_ms", a.endMs())
                    .put("peak_kpa", r(a.peakKpa(), rounded)).put("channel", a.channel())
                    .put("threshold_kpa", r(a.thresholdKpa(), rounded))
                    .put("severity", r(a.peakKpa() / a.thresholdKpa(), rounded));
        } else if (e instanceof Stroke s) {
            o.put("type", "stroke").put("t_ms", s.timeMs());
        } else if (e instanceof Cadence c) {
            o.put("type", "cadence").put("t_ms", c.timeMs());
            if (c.spm() == null) {
                o.putNull("spm");
            } else {
                o.put("spm", r(c.spm(), rounded));
            }
            o.put("regularity", r(c.regularity(), rounded));
        } else if (e instanceof AnalysisEvent.Tare t) {
            o.put("type", "tare").put("t_ms", t.timeMs()).put("requested_ms", t.requestedMs())
                    .put("result", t.result().key()).put("highest_kpa", r(t.highestKpa(), rounded));
        }
        return o;
    }

    private static double r(double v, boolean rounded) {
        return rounded ? Math.round(v * 100) / 100.0 : v;
    }

    /**
     * Parses an event in the one spelling, or in the camelCase of older session files.
     *
     * @throws IllegalArgumentException when the text is not such an event (a corrupted record)
     */
    public static AnalysisEvent decode(String json) {
        JsonNode o;
        try {
            o = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalArgumentException("event is not JSON: " + ex.getOriginalMessage(), ex);
        }
        String type = text(o, "type");
        return switch (type) {
            case "alert_raised" -> new AlertRaised(kind(o), lng(o, "start_ms", "startMs"), dbl(o, "threshold_kpa", "thresholdKpa"),
                    dbl(o, "peak_kpa", "peakKpa"), (int) lng(o, "channel", "channel"), dbl(o, "severity", "severity"));
            case "alert", "alert_cleared" -> new AlertCleared(kind(o), lng(o, "start_ms", "startMs"),
                    lng(o, "end_ms", "endMs"), dbl(o, "threshold_kpa", "thresholdKpa"), dbl(o, "peak_kpa", "peakKpa"),
                    (int) lng(o, "channel", "channel"));
            case "stroke" -> new Stroke(lng(o, "t_ms", "timeMs"));
            case "cadence" -> new Cadence(lng(o, "t_ms", "timeMs"),
                    o.path("spm").isNumber() ? o.get("spm").doubleValue() : null, dbl(o, "regularity", "regularity"));
            case "tare" -> new AnalysisEvent.Tare(lng(o, "t_ms", "timeMs"), lng(o, "requested_ms", "requestedMs"),
                    tareResult(o), dbl(o, "highest_kpa", "highestKpa"));
            default -> throw new IllegalArgumentException("unknown event type '" + type + "'");
        };
    }

    private static AlertKind kind(JsonNode o) {
        try {
            return AlertKind.valueOf(text(o, "kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("unknown alert kind '" + text(o, "kind") + "'");
        }
    }

    private static io.rollsense.core.TareResult tareResult(JsonNode o) {
        try {
            return io.rollsense.core.TareResult.of(text(o, "result"));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("unknown tare result '" + text(o, "result") + "'");
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o == null ? null : o.get(field);
        if (n == null || !n.isTextual()) {
            throw new IllegalArgumentException("event field '" + field + "' missing");
        }
        return n.textValue();
    }

    /** A number under its snake_case name, or its camelCase name in older files. */
    private static JsonNode num(JsonNode o, String field, String oldField) {
        JsonNode n = o.has(field) ? o.get(field) : o.get(oldField);
        if (n == null || !n.isNumber()) {
            throw new IllegalArgumentException("event field '" + field + "' missing or not a number");
        }
        return n;
    }

    private static long lng(JsonNode o, String field, String oldField) {
        return num(o, field, oldField).longValue();
    }

    private static double dbl(JsonNode o, String field, String oldField) {
        return num(o, field, oldField).doubleValue();
    }
}
