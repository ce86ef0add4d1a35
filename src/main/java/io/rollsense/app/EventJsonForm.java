package io.rollsense.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollsense.core.AnalysisEvent;
import java.util.Locale;

/** Temporary JSON form of analysis events until core's EventJson is on main (same contract). */
final class EventJsonForm {
    private EventJsonForm() {
    }

    static ObjectNode toJson(ObjectMapper mapper, AnalysisEvent e) {
        ObjectNode n = mapper.createObjectNode();
        if (e instanceof AnalysisEvent.AlertCleared a) {
            n.put("type", "alert");
            n.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
            n.put("start_ms", a.startMs());
            n.put("end_ms", a.endMs());
            n.put("peak_kpa", a.peakKpa());
            n.put("channel", a.channel());
        } else if (e instanceof AnalysisEvent.AlertRaised a) {
            n.put("type", "alert_raised");
            n.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
            n.put("start_ms", a.startMs());
            n.put("peak_kpa", a.peakKpa());
            n.put("channel", a.channel());
        } else if (e instanceof AnalysisEvent.Stroke s) {
            n.put("type", "stroke");
            n.put("t_ms", s.timeMs());
        } else if (e instanceof AnalysisEvent.Cadence c) {
            n.put("type", "cadence");
            n.put("t_ms", c.timeMs());
            if (c.spm() == null) {
                n.putNull("spm");
            } else {
                n.put("spm", c.spm());
            }
            n.put("regularity", c.regularity());
        } else {
            return null;
        }
        return n;
    }
}
