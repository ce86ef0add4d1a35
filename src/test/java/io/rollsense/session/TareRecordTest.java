package io.rollsense.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.TareResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tare asked for in the window is kept in the session as an additive event record; old files still read. */
class TareRecordTest {
    @TempDir
    Path dir;

    @Test
    void tareEventsAreRecordedAndReadBack() throws Exception {
        List<String> notices = new ArrayList<>();
        SessionRecorder rec = SessionRecorder.start(dir, SessionMetadata.of("test", "sim"), notices::add);
        long t0 = System.currentTimeMillis();
        TestSessions.feed(rec, 300, t0);
        AnalysisEvent.Tare refused = new AnalysisEvent.Tare(1200, 1190, TareResult.REFUSED, 45.5);
        AnalysisEvent.Tare done = new AnalysisEvent.Tare(2500, 1500, TareResult.DONE, 3.25);
        AnalysisEvent.Tare undone = new AnalysisEvent.Tare(2900, 2900, TareResult.UNDONE, 0);
        rec.onEvent("roller-01", refused);
        rec.onEvent("roller-01", done);
        rec.onEvent("roller-01", undone);
        rec.onStop();
        assertTrue(notices.isEmpty(), notices.toString());
        SessionData data = SessionData.load(rec.file(), false);
        List<AnalysisEvent> tares = data.events().stream().map(SessionData.TimedEvent::event)
                .filter(e -> e instanceof AnalysisEvent.Tare).toList();
        assertEquals(List.of(refused, done, undone), tares);
        assertEquals(0, data.readResult().skipped(), "nothing skipped");
        assertEquals("{\"type\":\"tare\",\"timeMs\":2500,\"requestedMs\":1500,\"result\":\"done\",\"highestKpa\":3.25}",
                EventCodec.encode(done));
    }
}
