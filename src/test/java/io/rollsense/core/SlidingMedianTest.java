package io.rollsense.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlidingMedianTest {
    @Test
    void matchesASortedWindow() {
        SlidingMedian m = new SlidingMedian(5);
        double[] window = new double[5];
        Random r = new Random(1);
        for (int k = 0; k < 1000; k++) {
            double x = r.nextInt(20);
            window[k % 5] = x;
            double[] s = window.clone();
            Arrays.sort(s);
            assertEquals(s[2], m.filter(x));
        }
    }

    @Test
    void windowForRate() {
        assertEquals(9, SlidingMedian.windowFor(90, 100));
        assertEquals(3, SlidingMedian.windowFor(90, 20));
        assertEquals(19, SlidingMedian.windowFor(90, 200));
    }
}
