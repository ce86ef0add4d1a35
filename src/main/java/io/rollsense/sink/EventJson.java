package io.rollsense.sink;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollsense.api.RunSummary;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.protocol.BadLineCategory;
import io.rollsense.protocol.DecoderStats;
import io.rollsense.session.EventCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes analysis events as JSON lines, the public contract of {@code analyze --json} and
 * {@code live --json} (issue 4; change only additively). One object per line, flushed per line:
 * <pre>
 * {"type":"alert","kind":"overpressure"|"spine","start_ms":..,"end_ms":..,"peak_kpa":..,"channel":..,
 *  "threshold_kpa":..,"severity":..}                     once per alert, when it clears or at end
 * {"type":"stroke","t_ms":..}                             per stroke
 * {"type":"cadence","t_ms":..,"spm":n|null,"regularity":..}   once per second of device time
 * {"type":"tare","t_ms":..,"requested_ms":..,"result":"done"|"refused"|"undone","highest_kpa":..}   a tare asked for in the window
 * {"type":"summary",...}                                  last ({@link #summary})
 * </pre>
 * With {@code raises} on, an {@code {"type":"alert_raised",...}} line is also written when an alert
 * starts (for live use). Events are spelled by {@code session.EventCodec} (one spelling for the
 * public lines and session files). Times are ms since the first valid frame. Not thread-safe; I/O failures
 * become {@link UncheckedIOException}.
 */
public final class EventJson {
    private final JsonGenerator gen;
    private final boolean raises;

    /** A writer of contract lines only (no {@code alert_raised}). */
    public EventJson(Writer out) {
        this(out, false);
    }

    /** @param raises also write an {@code alert_raised} line when an alert starts */
    public EventJson(Writer out, boolean raises) {
        try {
            this.gen = new ObjectMapper().getFactory().createGenerator(out);
            this.gen.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.raises = raises;
    }

    /** Writes one event (an {@code AlertRaised} only when {@code raises} is on). */
    public void event(AnalysisEvent e) {
        event(e, null);
    }

    /**
     * Writes one event with a {@code "device":..} field added when {@code deviceId} is not null
     * ({@code live --json}, where one process may follow many devices).
     */
    public void event(AnalysisEvent e, String deviceId) {
        if (e instanceof AnalysisEvent.AlertRaised && !raises) {
            return;
        }
        ObjectNode o = EventCodec.node(e, true); // the one spelling, shared with session files
        if (deviceId != null) {
            o.put("device", deviceId);
        }
        try {
            gen.writeTree(o);
            gen.writeRaw('\n');
            gen.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Writes a status line: {@code {"type":"status","status":..,"device":..,"message":..,"host_ms":..}},
     * plus {@code "count"} (the total so far) for {@code bad_lines} and {@code dropped}.
     */
    public void status(StatusEvent s) {
        status(s, Map.of());
    }

    /** A status line with extra fields (numbers or strings) after the standard ones. */
    public void status(StatusEvent s, Map<String, ?> extra) {
        try {
            start("status");
            gen.writeStringField("status", s.kind().key());
            gen.writeStringField("device", s.deviceId());
            gen.writeStringField("message", s.message());
            gen.writeNumberField("host_ms", s.hostTimeMs());
            if (s.count() >= 0) {
                gen.writeNumberField("count", s.count()); // bad_lines / dropped: the total so far
            }
            fields(extra);
            end();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Writes the summary line (last line of {@code analyze --json}). */
    public void summary(RunSummary s) {
        try {
            start("summary");
            DecoderStats d = s.decoder();
            gen.writeNumberField("frames", s.framesAnalysed());
            gen.writeNumberField("bad_lines", d.badLines());
            gen.writeNumberField("dropped_frames", d.droppedFrames());
            gen.writeNumberField("strokes", s.strokes());
            gen.writeNumberField("duration_ms", s.durationMs());
            gen.writeObjectFieldStart("bad_by_category");
            for (BadLineCategory c : BadLineCategory.values()) {
                gen.writeNumberField(c.key(), d.badByCategory().getOrDefault(c, 0L));
            }
            gen.writeEndObject();
            gen.writeNumberField("lines", d.lines());
            gen.writeNumberField("hellos", d.hellos());
            gen.writeNumberField("logs", d.logs());
            gen.writeNumberField("skipped_frames", s.skippedFrames());
            gen.writeNumberField("overpressure_alerts", s.overpressureAlerts());
            gen.writeNumberField("spine_alerts", s.spineAlerts());
            writeNullable("mean_spm", s.meanSpm());
            gen.writeNumberField("rolling_share", round2(s.rollingShare()));
            gen.writeNumberField("in_target_share", round2(s.inTargetShare()));
            if (s.deviceId() != null) {
                gen.writeStringField("device", s.deviceId());
                gen.writeStringField("kind", s.kind());
                gen.writeStringField("unit", s.unit());
            }
            gen.writeBooleanField("calibrated", s.calibrated());
            end();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Writes {@code {"type":type, ...fields}} (numbers, strings, booleans; others as strings). */
    public void line(String type, Map<String, ?> fields) {
        try {
            start(type);
            fields(fields);
            end();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void fields(Map<String, ?> fields) throws IOException {
        for (Map.Entry<String, ?> f : fields.entrySet()) {
            Object v = f.getValue();
            if (v instanceof Double d) {
                gen.writeNumberField(f.getKey(), round2(d));
            } else if (v instanceof Number n) {
                gen.writeNumberField(f.getKey(), n.longValue());
            } else if (v instanceof Boolean b) {
                gen.writeBooleanField(f.getKey(), b);
            } else {
                gen.writeStringField(f.getKey(), String.valueOf(v));
            }
        }
    }

    private void writeNullable(String name, double v) throws IOException {
        gen.writeFieldName(name);
        if (Double.isNaN(v)) {
            gen.writeNull();
        } else {
            gen.writeNumber(round2(v));
        }
    }

    private void start(String type) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", type);
    }

    private void end() throws IOException {
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.flush();
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
