package io.rollsense.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guided-routine records ({@code R}) are written, read back, summarised and trended; old sessions still read. */
class RoutineRecordsTest {
    static final String FINISHED = "{\"type\":\"routine_finished\",\"result\":{\"routine\":\"try it out\",\"startMs\":0,"
            + "\"endMs\":5000,\"stepsPlanned\":2,\"stoppedEarly\":true,\"onTargetShare\":0.5,\"text\":\"t\",\"steps\":["
            + "{\"index\":0,\"issues\":[]},{\"index\":1,\"issues\":[\"skipped\"]}]}}";

    @Test
    void recordedRoutineReadsBackIntoDataAndSummary(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.rsession");
        SessionRecorder rec = SessionRecorder.startFile(file, SessionMetadata.of("test", "unit"), msg -> { });
        TestSessions.feed(rec, 200, 1_000_000);
        rec.recordRoutine("roller-01", "{\"type\":\"routine_started\",\"name\":\"try it out\",\"steps\":2,\"timeMs\":0}");
        rec.recordRoutine("roller-01", FINISHED);
        assertEquals("try it out", rec.summary().routine().name());
        rec.close();
        assertTrue(Files.readString(file).contains("\nR "), "R records in the file");
        SessionData d = SessionData.load(file, false);
        assertEquals(List.of("routine_started", "routine_finished"),
                d.routineRecords().stream().map(r -> r.path("type").asText()).toList());
        SessionSummary.RoutineDone done = d.summary().routine();
        assertEquals(new SessionSummary.RoutineDone("try it out", 2, 1, 0.5, true), done);
        assertEquals(done, SessionSummary.fromJson(d.summary().toJson()).routine(), "summary JSON round trip");
        assertEquals(0, d.readResult().skipped());
    }

    @Test
    void sessionsWithoutRoutinesStillRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.rsession");
        SessionRecorder rec = SessionRecorder.startFile(file, SessionMetadata.of("test", "unit"), msg -> { });
        TestSessions.feed(rec, 100, 1_000_000);
        rec.close();
        SessionData d = SessionData.load(file, false);
        assertTrue(d.routineRecords().isEmpty());
        assertNull(d.summary().routine());
        assertTrue(d.summary().toJson().path("routine").isMissingNode(), "no routine field added to old-style summaries");
    }

    @Test
    void trendShowsAdherenceNextToPain() {
        SessionSummary plain = SessionTrendTest.rated(0, 5, 3);
        SessionSummary withRoutine = new SessionSummary("s1", plain.startHostMs() + 86_400_000L, "r1", "roller", 600_000, 0,
                60_000, 60_000, 0, 100, 11.0, Map.of(), 4, 2, false, 0,
                new SessionSummary.RoutineDone("foam roller, mid-back to hips", 5, 4, 0.72, false));
        List<String> lines = new SessionTrend(List.of(plain, withRoutine)).lines();
        assertTrue(lines.get(0).endsWith("routine (steps done, time on target)"), lines.get(0));
        assertTrue(lines.get(1).endsWith("5     3  -"), lines.get(1));
        assertTrue(lines.get(2).endsWith("4     2  foam roller, mid-back to hips 4/5, 72 %"), lines.get(2));
        assertTrue(lines.get(3).endsWith(", 1 routines (1 done to the end), 72 % of routine time on target"), lines.get(3));
    }
}
