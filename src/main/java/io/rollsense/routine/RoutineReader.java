package io.rollsense.routine;

import com.fasterxml.jackson.databind.JsonNode;
import io.rollsense.protocol.DeviceKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Turns a parsed YAML tree into a {@link Routine}, checking field by field in file order so the
 * first problem is the one reported. Not thread-safe; one per parse.
 */
final class RoutineReader {
    private final RoutineFormat.Fields fields;
    private final JsonNode root;

    RoutineReader(RoutineFormat.Fields fields, JsonNode root) {
        this.fields = fields;
        this.root = root;
    }

    Routine read() throws RoutineFileException {
        if (!root.isObject()) {
            throw fields.error("", "", "the file must be a mapping with format: 1, name, steps");
        }
        checkKeys(root, "", "", RoutineFormat.TOP_KEYS);
        JsonNode format = require(root, "", "format", "format: " + Routine.FORMAT);
        if (!format.canConvertToInt() || !format.isIntegralNumber() || format.intValue() != Routine.FORMAT) {
            throw fields.error("/format", "'format'", "this RollSense reads format " + Routine.FORMAT + ", was " + format);
        }
        String name = text(root, "", "name", "'name'", true);
        DeviceKind device = null;
        String deviceText = text(root, "", "device", "'device'", false);
        if (deviceText != null && !deviceText.equals("any")) {
            device = DeviceKind.fromWire(deviceText);
            if (device == null) {
                throw fields.error("/device", "'device'", "must be roller, balls, pad or any, was '" + deviceText + "'");
            }
        }
        String description = text(root, "", "description", "'description'", false);
        JsonNode steps = require(root, "", "steps", "steps: a list of 1.." + Routine.MAX_STEPS + " steps");
        if (!steps.isArray() || steps.isEmpty() || steps.size() > Routine.MAX_STEPS) {
            throw fields.error("/steps", "'steps'", "must be a list of 1.." + Routine.MAX_STEPS + " steps");
        }
        List<RoutineStep> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            out.add(step(steps.get(i), "/steps/" + i, "step " + (i + 1) + " "));
        }
        try {
            return new Routine(name, device, description, out);
        } catch (IllegalArgumentException e) {
            throw fields.error("/name", "'name'", e.getMessage());
        }
    }

    private RoutineStep step(JsonNode s, String at, String label) throws RoutineFileException {
        if (!s.isObject()) {
            throw fields.error(at, label.strip(), "must be a mapping with title, area, seconds (or strokes), instruction");
        }
        checkKeys(s, at, label, RoutineFormat.STEP_KEYS);
        String title = text(s, at, "title", label + "'title'", true);
        Area area = Area.fromKey(text(s, at, "area", label + "'area'", true));
        if (area == null) {
            throw fields.error(at + "/area", label + "'area'", "must be one of " + keys(Area.values()) + ", was " + s.get("area"));
        }
        Side side = Side.BOTH;
        String sideText = text(s, at, "side", label + "'side'", false);
        if (sideText != null && (side = Side.fromKey(sideText)) == null) {
            throw fields.error(at + "/side", label + "'side'", "must be one of " + keys(Side.values()) + ", was '" + sideText + "'");
        }
        Double seconds = s.has("seconds") ? number(s, at, "seconds", label, RoutineStep.MIN_SECONDS, RoutineStep.MAX_SECONDS) : null;
        Integer strokes = null;
        if (s.has("strokes")) {
            double n = number(s, at, "strokes", label, 1, RoutineStep.MAX_STROKES);
            if (n != Math.rint(n)) {
                throw fields.error(at + "/strokes", label + "'strokes'", "must be a whole number 1.." + RoutineStep.MAX_STROKES + ", was " + n);
            }
            strokes = (int) n;
        }
        if ((seconds == null) == (strokes == null)) {
            throw fields.error(at + (seconds != null ? "/strokes" : ""), label.strip(),
                    "give exactly one of seconds (" + Numbers.fmt(RoutineStep.MIN_SECONDS) + ".." + Numbers.fmt(RoutineStep.MAX_SECONDS)
                            + ") or strokes (1.." + RoutineStep.MAX_STROKES + ")");
        }
        CadenceBand cadence = CadenceBand.PRESCRIBED;
        if (s.has("cadence-spm")) {
            double[] b = pair(s, at, "cadence-spm", label, 1, 60, "strokes/min");
            cadence = new CadenceBand(b[0], b[1]);
        }
        if (s.has("pressure-share") && s.has("pressure-kpa")) {
            throw fields.error(at + "/pressure-kpa", label + "'pressure-kpa'", "give pressure-share or pressure-kpa, not both");
        }
        PressureBand pressure = PressureBand.DEFAULT;
        if (s.has("pressure-share")) {
            double[] b = pair(s, at, "pressure-share", label, 0, 2, "shares of the too-hard limit");
            pressure = new PressureBand(b[0], b[1], true);
        } else if (s.has("pressure-kpa")) {
            double[] b = pair(s, at, "pressure-kpa", label, 0, 1000, "kPa");
            pressure = new PressureBand(b[0], b[1], false);
        }
        SpineRule spine = SpineRule.NEVER;
        String spineText = text(s, at, "spine", label + "'spine'", false);
        if (spineText != null && (spine = SpineRule.fromKey(spineText)) == null) {
            throw fields.error(at + "/spine", label + "'spine'", "must be never or brief, was '" + spineText + "'");
        }
        double rest = s.has("rest-seconds") ? number(s, at, "rest-seconds", label, 0, RoutineStep.MAX_REST_SECONDS) : 0;
        String instruction = text(s, at, "instruction", label + "'instruction'", true);
        try {
            return new RoutineStep(title, area, side, seconds, strokes, cadence, pressure, spine, rest, instruction);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().split(" ")[0];
            String pointer = s.has(field) ? at + "/" + field : at;
            throw fields.error(pointer, label + "'" + field + "'", e.getMessage().substring(field.length()).strip());
        }
    }

    private void checkKeys(JsonNode node, String at, String label, List<String> allowed) throws RoutineFileException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw fields.error(at + "/" + key, label + "'" + key + "'", "unknown field; allowed: " + String.join(", ", allowed));
            }
        }
    }

    private JsonNode require(JsonNode node, String at, String key, String hint) throws RoutineFileException {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw fields.error(at, at.isEmpty() ? "'" + key + "'" : stepLabel(at) + "'" + key + "'", "missing; expected " + hint);
        }
        return v;
    }

    private String text(JsonNode node, String at, String key, String label, boolean required) throws RoutineFileException {
        JsonNode v = required ? require(node, at, key, "a text") : node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw fields.error(at + "/" + key, label, "must be a non-empty text, was " + v);
        }
        return v.asText();
    }

    private double number(JsonNode node, String at, String key, String label, double lo, double hi) throws RoutineFileException {
        JsonNode v = node.get(key);
        if (v == null || !v.isNumber() || !(v.doubleValue() >= lo && v.doubleValue() <= hi)) {
            throw fields.error(at + "/" + key, label + "'" + key + "'", "must be a number " + Numbers.fmt(lo) + ".." + Numbers.fmt(hi)
                    + ", was " + v);
        }
        return v.doubleValue();
    }

    private double[] pair(JsonNode node, String at, String key, String label, double lo, double hi, String unit)
            throws RoutineFileException {
        JsonNode v = node.get(key);
        String allowed = "must be [low, high] in " + unit + ", each " + Numbers.fmt(lo) + ".." + Numbers.fmt(hi) + ", low below high";
        if (v == null || !v.isArray() || v.size() != 2 || !v.get(0).isNumber() || !v.get(1).isNumber()) {
            throw fields.error(at + "/" + key, label + "'" + key + "'", allowed + ", was " + v);
        }
        double a = v.get(0).doubleValue();
        double b = v.get(1).doubleValue();
        if (!(a >= lo && a <= hi && b >= lo && b <= hi && a < b)) {
            throw fields.error(at + "/" + key, label + "'" + key + "'", allowed + ", was " + v);
        }
        return new double[] {a, b};
    }

    private static String stepLabel(String at) {
        int i = Integer.parseInt(at.substring(at.lastIndexOf('/') + 1));
        return "step " + (i + 1) + " ";
    }

    private static String keys(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return String.join(", ", out);
    }
}
