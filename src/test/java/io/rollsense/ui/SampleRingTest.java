package io.rollsense.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SampleRingTest {
    @Test
    void copiesTheWindowAcrossTheWrap() {
        SampleRing ring = new SampleRing(2, 10, 2);
        for (int i = 0; i < 25; i++) {
            ring.append(i * 10L, new double[] {i, -i}, 100 + i);
        }
        SampleRing.Snapshot s = new SampleRing.Snapshot();
        ring.copySince(0, s);
        assertEquals(8, s.count, "capacity minus guard");
        assertEquals(170, s.timesMs[0]);
        assertEquals(240, s.timesMs[7]);
        assertEquals(24f, s.values[0][7]);
        assertEquals(-24f, s.values[1][7]);
        assertEquals(124f, s.values[2][7]);
        ring.copySince(215, s);
        assertEquals(3, s.count);
        assertEquals(220, s.timesMs[0]);
    }

    @Test
    void sizedForTheLongestWindow() {
        SampleRing ring = SampleRing.forRate(8, 200, LiveFeed.MAX_WINDOW_MS);
        for (int i = 0; i < 200 * 700; i++) {
            ring.append(i * 5L, new double[8], 0);
        }
        SampleRing.Snapshot s = new SampleRing.Snapshot();
        long now = (200 * 700 - 1) * 5L;
        ring.copySince(now - LiveFeed.MAX_WINDOW_MS, s);
        assertEquals(120_001, s.count, "a full 10-minute window at 200 Hz");
    }
}
