package io.rollsense.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rollsense.api.StatusEvent;
import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    @Test
    void oneLinePerEventExactlyAsTheContractSays() {
        StringWriter w = new StringWriter();
        EventJson j = new EventJson(w);
        j.event(new AnalysisEvent.AlertRaised(AlertKind.SPINE, 1200, 25, 30, 3, 1.2));
        j.event(new AnalysisEvent.AlertCleared(AlertKind.SPINE, 1200, 2500, 25, 31.234, 3));
        j.event(new AnalysisEvent.Stroke(3000));
        j.event(new AnalysisEvent.Cadence(4000, null, 0));
        j.event(new AnalysisEvent.Cadence(5000, 21.456, 0.876));
        assertEquals("""
                {"type":"alert","kind":"spine","start_ms":1200,"end_ms":2500,"peak_kpa":31.23,"channel":3,\
                "threshold_kpa":25.0,"severity":1.25}
                {"type":"stroke","t_ms":3000}
                {"type":"cadence","t_ms":4000,"spm":null,"regularity":0.0}
                {"type":"cadence","t_ms":5000,"spm":21.46,"regularity":0.88}
                """, w.toString());
    }

    @Test
    void liveModeAddsRaisesAndStatus() {
        StringWriter w = new StringWriter();
        EventJson j = new EventJson(w, true);
        j.event(new AnalysisEvent.AlertRaised(AlertKind.OVERPRESSURE, 1200, 60, 75, 5, 1.25));
        j.status(new StatusEvent(StatusEvent.Kind.CONNECTED, "roller-01", "opened /dev/ttyUSB0", 1700000000000L));
        assertEquals("""
                {"type":"alert_raised","kind":"overpressure","start_ms":1200,"peak_kpa":75.0,"channel":5,\
                "threshold_kpa":60.0,"severity":1.25}
                {"type":"status","status":"connected","device":"roller-01","message":"opened /dev/ttyUSB0",\
                "host_ms":1700000000000}
                """, w.toString());
    }
}
