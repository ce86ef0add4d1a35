package io.rollsense.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollsense.core.AnalysisSettings;
import java.util.Objects;

/**
 * What is known about a session when recording starts; written into the header line.
 *
 * @param appVersion  RollSense version that recorded it (e.g. {@code VersionProvider.version()})
 * @param source      where the lines come from: a port, an MQTT topic or {@code demo:<scenario>}
 * @param settings    analysis settings in force (thresholds, spine zone, cadence band)
 * @param calibration calibration reference (file name or curve id), or {@code null} when none
 * @param notes       free-text notes, or {@code null}
 * @param painBefore  pain rating 0..10 before the session, or {@code null} when not given
 */
public record SessionMetadata(String appVersion, String source, AnalysisSettings settings, String calibration,
                              String notes, Integer painBefore) {

    public SessionMetadata {
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(settings, "settings");
        checkPain("pain-before", painBefore);
    }

    /** Minimal metadata: version and source, default settings, nothing else. */
    public static SessionMetadata of(String appVersion, String source) {
        return new SessionMetadata(appVersion, source, AnalysisSettings.DEFAULTS, null, null, null);
    }

    /**
     * The analysis settings recorded in a session header (defaults for anything missing or invalid).
     */
    public static AnalysisSettings settingsFrom(com.fasterxml.jackson.databind.JsonNode header) {
        var s = header.path("settings");
        AnalysisSettings d = AnalysisSettings.DEFAULTS;
        try {
            return new AnalysisSettings(s.path("overpressureKpa").isNumber() ? s.get("overpressureKpa").asDouble() : Double.NaN,
                    s.path("spineKpa").isNumber() ? s.get("spineKpa").asDouble() : Double.NaN,
                    s.path("spineZoneMm").asDouble(d.spineZoneMm()), s.path("minAlertMs").asLong(d.minAlertMs()),
                    s.path("targetMinSpm").asDouble(d.targetMinSpm()), s.path("targetMaxSpm").asDouble(d.targetMaxSpm()));
        } catch (IllegalArgumentException e) {
            return d;
        }
    }

    /** Throws when a pain rating is outside 0..10 ({@code null} is allowed). */
    static void checkPain(String name, Integer pain) {
        if (pain != null && (pain < 0 || pain > 10)) {
            throw new IllegalArgumentException(name + " must be in 0..10, was " + pain);
        }
    }

    /** Fills the header object (without format, id and start time). */
    void writeTo(ObjectNode o) {
        o.put("app", appVersion);
        o.put("source", source);
        ObjectNode s = o.putObject("settings");
        putNumberOrNull(s, "overpressureKpa", settings.overpressureKpa());
        putNumberOrNull(s, "spineKpa", settings.spineKpa());
        s.put("spineZoneMm", settings.spineZoneMm());
        s.put("minAlertMs", settings.minAlertMs());
        s.put("targetMinSpm", settings.targetMinSpm());
        s.put("targetMaxSpm", settings.targetMaxSpm());
        o.put("calibration", calibration);
        o.put("notes", notes);
        o.put("painBefore", painBefore);
    }

    private static void putNumberOrNull(ObjectNode o, String field, double v) {
        if (Double.isNaN(v)) {
            o.putNull(field);
        } else {
            o.put(field, v);
        }
    }
}
