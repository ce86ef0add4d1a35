package io.rollsense.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertDetectorTest {
    final List<AnalysisEvent> events = new ArrayList<>();
    final AlertDetector d = new AlertDetector(AlertKind.OVERPRESSURE, 60, 100);

    /** Feeds value v for [fromMs, toMs) every 10 ms (100 Hz) on channel 2. */
    void feed(long fromMs, long toMs, double v) {
        for (long t = fromMs; t < toMs; t += 10) {
            d.update(t, v, v, 2, events::add);
        }
    }

    @Test
    void glitchOfTensOfMsNeverRaises() {
        feed(0, 1000, 10);
        feed(1000, 1050, 500);
        feed(1050, 2000, 10);
        feed(2000, 2040, 500);
        feed(2040, 3000, 10);
        d.finish(3000, events::add);
        assertEquals(List.of(), events);
    }

    @Test
    void sustainedPressureRaisesOnceAndClearsWithPeakAndChannel() {
        feed(0, 1000, 10);
        feed(1000, 3000, 70);
        feed(3000, 3010, 90);
        feed(3010, 4000, 70);
        feed(4000, 6000, 10);
        assertEquals(2, events.size(), events.toString());
        AnalysisEvent.AlertRaised r = (AnalysisEvent.AlertRaised) events.get(0);
        assertEquals(1000, r.startMs());
        assertEquals(AlertKind.OVERPRESSURE, r.kind());
        assertEquals(70, r.peakKpa());
        assertEquals(70 / 60.0, r.severity(), 1e-9);
        AnalysisEvent.AlertCleared c = (AnalysisEvent.AlertCleared) events.get(1);
        assertEquals(1000, c.startMs());
        assertEquals(4000, c.endMs());
        assertEquals(90, c.peakKpa());
        assertEquals(2, c.channel());
    }

    @Test
    void raisedWithinDebouncePlusOneSample() {
        List<Long> raisedAt = new ArrayList<>();
        for (long t = 0; t < 2000; t += 10) {
            double v = t >= 500 ? 61 : 0;
            long now = t;
            d.update(t, v, v, 0, e -> raisedAt.add(now));
        }
        assertEquals(List.of(590L), raisedAt);
    }

    @Test
    void exactlyAtThresholdNeverRaisesJustAboveDoes() {
        feed(0, 3000, 60);
        assertEquals(List.of(), events);
        feed(3000, 4000, 60.001);
        assertEquals(1, events.size());
    }

    @Test
    void hysteresisMakesAFlickeringEpisodeOneAlert() {
        feed(0, 500, 70);
        for (long t = 500; t < 5000; t += 10) {
            double v = (t / 50) % 2 == 0 ? 63 : 56; // flickers across the threshold, inside the band
            d.update(t, v, v, 1, events::add);
        }
        feed(5000, 6000, 20);
        assertEquals(2, events.size(), events.toString());
        assertEquals(5000, ((AnalysisEvent.AlertCleared) events.get(1)).endMs());
    }

    @Test
    void dipShorterThanClearTimeKeepsTheAlert() {
        feed(0, 1000, 80);
        feed(1000, 1000 + AlertDetector.CLEAR_MS - 50, 0);
        feed(1000 + AlertDetector.CLEAR_MS - 50, 2000, 80);
        d.finish(2000, events::add);
        assertEquals(2, events.size(), events.toString());
        assertEquals(2000, ((AnalysisEvent.AlertCleared) events.get(1)).endMs());
    }

    @Test
    void noisyCrossingStillRaisesPromptly() {
        long raised = -1;
        for (long t = 0; t < 3000; t += 10) {
            double v = t >= 1000 ? (t / 10 % 3 == 0 ? 58 : 64) : 0;
            d.update(t, v, v, 0, events::add);
            if (raised < 0 && !events.isEmpty()) {
                raised = t;
            }
        }
        assertTrue(raised > 1000 && raised <= 1300, "raised at " + raised);
    }
}
