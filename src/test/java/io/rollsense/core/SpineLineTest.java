package io.rollsense.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpineLineTest {
    @Test
    void followsALinearDriftWithoutLag() {
        SpineLine s = new SpineLine();
        double line = 0;
        for (int k = 0; k < 200; k++) {
            line = s.add(k * 10L, 0.02 * k * 10); // 20 mm/s drift
        }
        assertEquals(0.02 * 1990, line, 1e-6);
    }

    @Test
    void neverOvershootsAStep() {
        SpineLine s = new SpineLine();
        for (int k = 0; k < 100; k++) {
            double line = s.add(k * 10L, k < 50 ? 0 : 30);
            assertEquals(true, line >= 0 && line <= 30, "line " + line);
        }
    }

    @Test
    void averagesNoiseAndForgetsOnReset() {
        SpineLine s = new SpineLine();
        Random r = new Random(5);
        double line = 0;
        for (int k = 0; k < 100; k++) {
            line = s.add(k * 10L, 12 + r.nextGaussian() * 3);
        }
        assertEquals(12, line, 2.5);
        s.reset();
        assertEquals(-40, s.add(5000, -40), 0);
    }

    @Test
    void windowExtremesMatchABruteForceScan() {
        WindowExtreme max = new WindowExtreme(true);
        WindowExtreme min = new WindowExtreme(false);
        Random r = new Random(2);
        double[] v = new double[500];
        for (int k = 0; k < v.length; k++) {
            v[k] = r.nextInt(100);
            double hi = max.add(k * 10L, v[k], 200);
            double lo = min.add(k * 10L, v[k], 200);
            double bh = Double.NEGATIVE_INFINITY;
            double bl = Double.POSITIVE_INFINITY;
            for (int j = Math.max(0, k - 19); j <= k; j++) {
                bh = Math.max(bh, v[j]);
                bl = Math.min(bl, v[j]);
            }
            assertEquals(bh, hi);
            assertEquals(bl, lo);
        }
    }
}
