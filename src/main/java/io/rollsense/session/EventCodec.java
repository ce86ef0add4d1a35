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
 * Analysis events as the JSON objects of session {@code E} records. This is the session file's own
 * encoding (kept stable with the format version), independent of the CLI's JSON-lines output.
 * Doubles are written in shortest round-trip form, so events read back equal. Thread-safe.
 */
public final class EventCodec {
    static final ObjectMapper JSON = new ObjectMapper();

    private EventCodec() {
    }

    /** The event as one line of JSON. */
    public static String encode(AnalysisEvent e) {
        ObjectNode o = JSON.createObjectNode();
        if (e instanceof AlertRaised a) {
            o.put("type", "alert_raised").put("kind", a.kind().key()).put("startMs", a.startMs())
                    .put("thresholdKpa", a.thresholdKpa()).put("peakKpa", a.peakKpa()).put("channel", a.channel())
                    .put("severity", a.severity());
        } else if (e instanceof AlertCleared a) {
            o.put("type", "alert_cleared").put("kind", a.kind().key()).put("startMs", a.startMs())
                    .put("endMs", a.endMs()).put("thresholdKpa", a.thresholdKpa()).put("peakKpa", a.peakKpa())
                    .put("channel", a.channel());
        } else if (e instanceof Stroke s) {
            o.put("type", "stroke").put("timeMs", s.timeMs());
        } else if (e instanceof Cadence c) {
            o.put("type", "cadence").put("timeMs", c.timeMs());
            if (c.spm() == null) {
                o.putNull("spm");
            } else {
                o.put("spm", c.spm());
            }
            o.put("regularity", c.regularity());
        }
        return o.toString();
    }

    /**
     * Parses an event written by {@link #encode}.
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
            case "alert_raised" -> new AlertRaised(kind(o), num(o, "startMs").longValue(), dbl(o, "thresholdKpa"),
                    dbl(o, "peakKpa"), num(o, "channel").intValue(), dbl(o, "severity"));
            case "alert_cleared" -> new AlertCleared(kind(o), num(o, "startMs").longValue(), num(o, "endMs").longValue(),
                    dbl(o, "thresholdKpa"), dbl(o, "peakKpa"), num(o, "channel").intValue());
            case "stroke" -> new Stroke(num(o, "timeMs").longValue());
            case "cadence" -> new Cadence(num(o, "timeMs").longValue(),
                    o.path("spm").isNumber() ? o.get("spm").doubleValue() : null, dbl(o, "regularity"));
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

    private static String text(JsonNode o, String field) {
        JsonNode n = o == null ? null : o.get(field);
        if (n == null || !n.isTextual()) {
            throw new IllegalArgumentException("event field '" + field + "' missing");
        }
        return n.textValue();
    }

    private static JsonNode num(JsonNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || !n.isNumber()) {
            throw new IllegalArgumentException("event field '" + field + "' missing or not a number");
        }
        return n;
    }

    private static double dbl(JsonNode o, String field) {
        return num(o, field).doubleValue();
    }
}
