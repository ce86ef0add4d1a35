package io.rollsense.session;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTrendTest {
    private static final long DAY_MS = 86_400_000L;

    static SessionSummary rated(int day, Integer before, Integer after) {
        return new SessionSummary("s" + day, 1_700_000_000_000L + day * DAY_MS, "r1", "roller", 600_000, 0, 60_000, 60_000,
                0, 100, 20.0, Map.of(), before, after, false, 0);
    }

    @Test
    void highPainOverTwoWeeksSaysSeeADoctor() {
        List<SessionSummary> s = new ArrayList<>();
        for (int d = 0; d <= 15; d += 3) {
            s.add(rated(d, 7, 6));
        }
        String advice = new SessionTrend(s).doctorAdvice();
        assertNotNull(advice);
        assertTrue(advice.contains("see a doctor") && advice.contains("2 weeks"), advice);
        assertTrue(new SessionTrend(s).lines().contains(advice));
    }

    @Test
    void shortOrFallingPainDoesNot() {
        assertNull(new SessionTrend(List.of(rated(0, 8, 7), rated(10, 8, 8))).doctorAdvice(), "only 10 days");
        assertNull(new SessionTrend(List.of(rated(0, 8, 7), rated(10, 8, 8), rated(20, 4, 3))).doctorAdvice(),
                "latest rating is low");
        assertNull(new SessionTrend(List.of(rated(0, 8, 7))).doctorAdvice(), "one session");
        assertNotNull(new SessionTrend(List.of(rated(0, 8, 7), rated(10, null, null), rated(20, 6, null))).doctorAdvice(),
                "unrated sessions are ignored");
    }
}
