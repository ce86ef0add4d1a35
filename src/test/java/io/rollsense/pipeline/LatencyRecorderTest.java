package io.rollsense.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import io.rollsense.api.LatencySummary;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {
    @Test
    void percentilesWithinOnePercent() {
        LatencyRecorder r = new LatencyRecorder();
        for (long us = 1; us <= 10_000; us++) {
            r.record(us * 1000); // 1 µs .. 10 ms, uniform
        }
        LatencySummary s = r.summary();
        assertEquals(10_000, s.frames());
        assertEquals(5.0, s.p50Ms(), 0.05);
        assertEquals(9.9, s.p99Ms(), 0.099);
        assertEquals(10.0, s.maxMs(), 0.1);
    }

    @Test
    void memoryStaysTheSameHoweverLongTheRun() {
        LatencyRecorder r = new LatencyRecorder();
        r.record(1_000_000);
        r.summary();
        long before = r.footprintBytes();
        for (long i = 0; i < 5_000_000; i++) {
            r.record(200_000 + (i * 7919) % 50_000_000);
        }
        r.summary();
        assertEquals(before, r.footprintBytes());
        assertEquals(5_000_001, r.summary().frames());
    }

    @Test
    void resetForgetsAndOutOfRangeValuesAreClamped() {
        LatencyRecorder r = new LatencyRecorder();
        r.record(5_000_000);
        r.summary();
        r.record(7_000_000);
        r.reset();
        assertEquals(0, r.summary().frames());
        r.record(-5);
        r.record(Long.MAX_VALUE);
        LatencySummary s = r.summary();
        assertEquals(2, s.frames());
        assertEquals(LatencyRecorder.MAX_NANOS / 1e6, s.maxMs(), LatencyRecorder.MAX_NANOS / 1e6 * 0.01);
    }
}
