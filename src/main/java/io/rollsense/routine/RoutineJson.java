package io.rollsense.routine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of routine records in a session ({@code R} records, docs/session-format.md):
 * {@code routine_started}, {@code step_ended} (the verdict announced live) and
 * {@code routine_finished} (the final result, every step re-judged). Pure; thread-safe.
 */
public final class RoutineJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RoutineJson() {
    }

    /** {@code {"type":"routine_started","name":...,"steps":N,"plannedMs":...,"timeMs":...}}. */
    public static ObjectNode started(Routine r, long timeMs) {
        return JSON.createObjectNode().put("type", "routine_started").put("name", r.name()).put("device", r.deviceText())
                .put("steps", r.steps().size()).put("plannedMs", Math.round(r.plannedSeconds() * 1000)).put("timeMs", timeMs);
    }

    /** {@code {"type":"step_ended", ...verdict}}. */
    public static ObjectNode stepEnded(StepVerdict v) {
        ObjectNode o = JSON.createObjectNode().put("type", "step_ended");
        o.setAll(verdict(v));
        return o;
    }

    /** {@code {"type":"routine_finished","result":{...}}}. */
    public static ObjectNode finished(RoutineResult r) {
        ObjectNode o = JSON.createObjectNode().put("type", "routine_finished");
        o.set("result", result(r));
        return o;
    }

    static ObjectNode result(RoutineResult r) {
        ObjectNode o = JSON.createObjectNode().put("routine", r.routine()).put("startMs", r.startMs()).put("endMs", r.endMs())
                .put("stepsPlanned", r.stepsPlanned()).put("stoppedEarly", r.stoppedEarly())
                .put("onTargetShare", r.onTargetShare()).put("text", r.text());
        ArrayNode steps = o.putArray("steps");
        r.steps().forEach(v -> steps.add(verdict(v)));
        return o;
    }

    static ObjectNode verdict(StepVerdict v) {
        ObjectNode o = JSON.createObjectNode().put("index", v.index()).put("title", v.title()).put("side", v.side().key())
                .put("startMs", v.startMs()).put("endMs", v.endMs()).put("activeMs", v.activeMs())
                .put("plannedMs", v.plannedMs()).put("strokes", v.strokes());
        o.put("medianSpm", v.medianSpm()).put("onPaceShare", v.onPaceShare()).put("regularity", v.regularity())
                .put("inPressureShare", v.inPressureShare()).put("highShare", v.highShare()).put("highSide", v.highSide())
                .put("spineContacts", v.spineContacts()).put("leftShare", v.leftShare())
                .put("onTargetShare", v.onTargetShare());
        ArrayNode issues = o.putArray("issues");
        v.issues().forEach(i -> issues.add(i.key()));
        return o.put("text", v.text());
    }

    /**
     * Reads a {@code routine_finished} record's result.
     *
     * @throws IllegalArgumentException when a field is missing or out of range
     */
    public static RoutineResult readResult(JsonNode record) {
        JsonNode r = record.has("result") ? record.get("result") : record;
        List<StepVerdict> steps = new ArrayList<>();
        for (JsonNode s : r.path("steps")) {
            steps.add(readVerdict(s));
        }
        return new RoutineResult(r.path("routine").asText(), r.path("startMs").asLong(), r.path("endMs").asLong(),
                r.path("stepsPlanned").asInt(), steps, r.path("stoppedEarly").asBoolean(),
                r.path("onTargetShare").asDouble(), r.path("text").asText());
    }

    /** Reads a verdict (a {@code step_ended} record or an element of a result's steps). */
    public static StepVerdict readVerdict(JsonNode s) {
        List<Issue> issues = new ArrayList<>();
        for (JsonNode i : s.path("issues")) {
            issues.add(Issue.valueOf(i.asText().toUpperCase(java.util.Locale.ROOT)));
        }
        Side side = Side.fromKey(s.path("side").asText());
        return new StepVerdict(s.path("index").asInt(), s.path("title").asText(), side == null ? Side.BOTH : side,
                s.path("startMs").asLong(), s.path("endMs").asLong(), s.path("activeMs").asLong(), s.path("plannedMs").asLong(),
                s.path("strokes").asInt(), num(s, "medianSpm"), num(s, "onPaceShare"), num(s, "regularity"),
                num(s, "inPressureShare"), num(s, "highShare"), s.path("highSide").isTextual() ? s.get("highSide").asText() : null,
                s.path("spineContacts").asInt(), num(s, "leftShare"), s.path("onTargetShare").asDouble(), issues,
                s.path("text").asText());
    }

    private static Double num(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || !v.isNumber() ? null : v.doubleValue();
    }
}
