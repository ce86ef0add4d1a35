package io.rollsense.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The zero of an uncalibrated raw device, for the rhythm. */
class RawZeroTest {
    private static final double BASELINE = 157_000;

    /** 50 Hz readings of one taxel: {@code load} counts over the baseline at {@code t} s. */
    private static double[] feed(RawZero z, double fromS, double toS, java.util.function.DoubleUnaryOperator load) {
        double[] out = null;
        for (double t = fromS; t < toS; t += 0.02) {
            out = z.fromZero(Math.round(t * 1000), new double[] {BASELINE + load.applyAsDouble(t)});
        }
        return out;
    }

    /** Rolling at ±20 % of 1,000 counts of load, 10 strokes/min. */
    private static double rolling(double t) {
        return 1000 * (1 + 0.2 * Math.sin(2 * Math.PI * t / 6));
    }

    @Test
    void aDeviceSeenUnloadedMeasuresFromItsBaseline() {
        RawZero z = new RawZero(1, 0);
        feed(z, 0, 10, t -> 0); // nothing on it yet
        double[] out = feed(z, 10, 70, RawZeroTest::rolling);
        assertTrue(z.unloadedSeen());
        assertEquals(rolling(69.98), out[0], 1e-6);
    }

    @Test
    void aDeviceNeverUnloadedMeasuresFromBelowItsLowestReading() {
        RawZero z = new RawZero(1, 0);
        double[] out = feed(z, 0, 60, RawZeroTest::rolling);
        assertFalse(z.unloadedSeen(), "the bottom of a stroke is not an unloaded device");
        double aboveLowest = rolling(59.98) - 800;
        // one usual swing (400 counts, the stroke's range) under the lowest reading
        assertEquals(aboveLowest + 400, out[0], 20);
    }
}
