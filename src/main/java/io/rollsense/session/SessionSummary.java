package io.rollsense.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollsense.core.AlertKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * The summary of one session, as kept in its close record and listed by {@code rollsense sessions}.
 *
 * @param id              session id (file name without {@code .rsession})
 * @param startHostMs     start, host wall clock epoch ms
 * @param device          first device id seen, or {@code null}
 * @param deviceKind      its kind ({@code roller}, {@code balls}, {@code pad}) or {@code null}
 * @param durationMs      host time from start to the last record in ms
 * @param analysedMs      device time analysed in ms (last field summary), 0 when nothing was analysed
 * @param rawLines        raw lines recorded
 * @param frameLines      raw lines that look like frames ({@code $...})
 * @param badLines        lines the live decoder rejected
 * @param strokes         strokes detected
 * @param meanCadenceSpm  mean of the non-null cadence values in strokes/min, or {@code null}
 * @param alerts          alerts raised per kind (every kind present, possibly 0)
 * @param painBefore      pain 0..10 before, or {@code null}
 * @param painAfter       pain 0..10 after, or {@code null}
 * @param recovered       whether the close record was written by recovery after a crash
 * @param skippedRecords  records that could not be read (corrupted) when the summary was made
 * @param routine         the guided routine done in the session, or {@code null}
 */
public record SessionSummary(String id, long startHostMs, String device, String deviceKind, long durationMs, long analysedMs,
                             long rawLines, long frameLines, long badLines, long strokes, Double meanCadenceSpm,
                             Map<AlertKind, Integer> alerts, Integer painBefore, Integer painAfter, boolean recovered,
                             long skippedRecords, RoutineDone routine) {

    /**
     * A guided routine done in the session (from its {@code routine_finished} record).
     *
     * @param name          routine name
     * @param stepsPlanned  steps in the routine
     * @param stepsDone     steps done (reached and not skipped)
     * @param onTargetShare share of the step time on pace, in the pressure band and off the spine, 0..1
     * @param stoppedEarly  whether it was stopped before the end
     */
    public record RoutineDone(String name, int stepsPlanned, int stepsDone, double onTargetShare, boolean stoppedEarly) {
        /** Reads a {@code routine_finished} record (or its {@code result}); null when it is not one. */
        static RoutineDone fromRecord(JsonNode r) {
            JsonNode res = r.has("result") ? r.get("result") : r;
            if (!res.path("routine").isTextual()) {
                return null;
            }
            int done = 0;
            for (JsonNode s : res.path("steps")) {
                boolean skipped = false;
                for (JsonNode i : s.path("issues")) {
                    skipped |= i.asText().equals("skipped");
                }
                done += skipped ? 0 : 1;
            }
            return new RoutineDone(res.get("routine").asText(), res.path("stepsPlanned").asInt(), done,
                    res.path("onTargetShare").asDouble(), res.path("stoppedEarly").asBoolean());
        }

        /** Reads {@link #toJson()} back; null when {@code r} is not an object. */
        static RoutineDone fromSummary(JsonNode r) {
            return !r.isObject() ? null : new RoutineDone(r.path("name").asText(), r.path("stepsPlanned").asInt(),
                    r.path("stepsDone").asInt(), r.path("onTargetShare").asDouble(), r.path("stoppedEarly").asBoolean());
        }

        ObjectNode toJson() {
            return EventCodec.JSON.createObjectNode().put("name", name).put("stepsPlanned", stepsPlanned)
                    .put("stepsDone", stepsDone).put("onTargetShare", onTargetShare).put("stoppedEarly", stoppedEarly);
        }
    }

    /** A summary without a routine (the form before guided routines). */
    public SessionSummary(String id, long startHostMs, String device, String deviceKind, long durationMs, long analysedMs,
                          long rawLines, long frameLines, long badLines, long strokes, Double meanCadenceSpm,
                          Map<AlertKind, Integer> alerts, Integer painBefore, Integer painAfter, boolean recovered,
                          long skippedRecords) {
        this(id, startHostMs, device, deviceKind, durationMs, analysedMs, rawLines, frameLines, badLines, strokes,
                meanCadenceSpm, alerts, painBefore, painAfter, recovered, skippedRecords, null);
    }

    public SessionSummary {
        EnumMap<AlertKind, Integer> m = new EnumMap<>(AlertKind.class);
        for (AlertKind k : AlertKind.values()) {
            m.put(k, alerts == null ? 0 : alerts.getOrDefault(k, 0));
        }
        alerts = java.util.Collections.unmodifiableMap(m);
    }

    /** Total alerts of every kind. */
    public int totalAlerts() {
        return alerts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Time on the device in ms: the device time analysed, or the host duration when nothing was analysed. */
    public long rolledMs() {
        return analysedMs > 0 ? analysedMs : durationMs;
    }

    /** Minutes rolled ({@link #rolledMs()} in minutes). */
    public double minutes() {
        return rolledMs() / 60_000.0;
    }

    /** The summary as a JSON object (the close record's body and {@code sessions --json}). */
    public ObjectNode toJson() {
        ObjectNode o = EventCodec.JSON.createObjectNode();
        o.put("id", id).put("startHostMs", startHostMs).put("start", java.time.Instant.ofEpochMilli(startHostMs).toString())
                .put("device", device).put("deviceKind", deviceKind).put("durationMs", durationMs).put("analysedMs", analysedMs)
                .put("rawLines", rawLines).put("frameLines", frameLines).put("badLines", badLines)
                .put("strokes", strokes).put("meanCadenceSpm", meanCadenceSpm);
        ObjectNode a = o.putObject("alerts");
        alerts.forEach((k, v) -> a.put(k.key(), v));
        o.put("painBefore", painBefore).put("painAfter", painAfter).put("recovered", recovered)
                .put("skippedRecords", skippedRecords);
        if (routine != null) {
            o.set("routine", routine.toJson());
        }
        return o;
    }

    /** Reads {@link #toJson()} back; missing fields get neutral values. */
    public static SessionSummary fromJson(JsonNode o) {
        Map<AlertKind, Integer> alerts = new EnumMap<>(AlertKind.class);
        for (AlertKind k : AlertKind.values()) {
            alerts.put(k, o.path("alerts").path(k.key()).asInt(0));
        }
        return new SessionSummary(o.path("id").asText(null), o.path("startHostMs").asLong(), textOrNull(o, "device"),
                textOrNull(o, "deviceKind"), o.path("durationMs").asLong(), o.path("analysedMs").asLong(), o.path("rawLines").asLong(),
                o.path("frameLines").asLong(), o.path("badLines").asLong(), o.path("strokes").asLong(),
                o.path("meanCadenceSpm").isNumber() ? o.get("meanCadenceSpm").asDouble() : null, alerts,
                intOrNull(o, "painBefore"), intOrNull(o, "painAfter"), o.path("recovered").asBoolean(false),
                o.path("skippedRecords").asLong(), RoutineDone.fromSummary(o.path("routine")));
    }

    static String textOrNull(JsonNode o, String f) {
        return o.path(f).isTextual() ? o.get(f).asText() : null;
    }

    static Integer intOrNull(JsonNode o, String f) {
        return o.path(f).isNumber() ? o.get(f).asInt() : null;
    }
}
