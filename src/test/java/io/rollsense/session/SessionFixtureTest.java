package io.rollsense.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every committed format fixture still reads completely and gives the same content. */
class SessionFixtureTest {
    @Test
    void sampleV1ReadsCompletely() throws Exception {
        Path f = Path.of(SessionFixtureTest.class.getResource(SampleSessions.SAMPLE_V1).toURI());
        SessionRecorderTest.Collected c = new SessionRecorderTest.Collected();
        ReadResult r = SessionReader.read(f, c);
        assertEquals(1, r.formatVersion());
        assertEquals(0, r.skipped());
        assertTrue(r.finished());
        assertEquals(701, c.raw.size());
        for (int i = 0; i < 700; i++) {
            assertEquals(TestSessions.frameLine(i, 8), c.raw.get(i + 1), "frame line " + i);
        }
        assertEquals(TestSessions.HELLO, c.hellos.get(0));
        SessionData d = SessionData.load(f, true);
        assertEquals(700, d.frames().size());
        assertEquals(6990, d.frames().durationMs());
        assertEquals(0, d.frames().rejected());
        assertEquals(13, d.events().size());
        assertEquals(4, d.metadata().get("painAfter").asInt());
        SessionSummary s = d.summary();
        assertEquals(4, s.strokes());
        assertEquals(6, s.painBefore());
        assertFalse(s.recovered());
        assertEquals((float) (Math.round(TestSessions.values(5, 8)[3] * 10) / 10.0), d.frames().value(3, 5), "1-decimal wire value");
    }
}
