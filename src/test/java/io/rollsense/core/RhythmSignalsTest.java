package io.rollsense.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The rhythm signals of one device: the half-stroke test and the middle share. */
class RhythmSignalsTest {
    private static final double[] ROLLER_MM = {-105, -75, -45, -15, 15, 45, 75, 105};

    /**
     * Feeds 60 s at 50 Hz of a roller whose device sits at {@code position.applyAsDouble(t)} along the
     * travel (0..1): the load rises twice per pass through a bump in the middle of the travel, and
     * muscle ridges sit 35 + 12 × position mm from the spine, with ±5 % cycle jitter and sensor noise.
     */
    private static RhythmSignals feed(DoubleUnaryOperator position) {
        RhythmSignals in = new RhythmSignals(ROLLER_MM);
        Random r = new Random(5);
        double[] kpa = new double[ROLLER_MM.length];
        double stretch = 1;
        double clock = 0;
        for (int k = 0; k < 3000; k++) {
            double t = k / 50.0;
            clock += 0.02 / stretch;
            if (k % 400 == 0) {
                stretch = 0.95 + 0.1 * r.nextDouble();
            }
            double u = position.applyAsDouble(clock);
            double load = 1 + 0.2 * Math.sin(Math.PI * u);
            double ridge = 35 + 12 * u;
            double total = 0;
            double moment = 0;
            for (int i = 0; i < kpa.length; i++) {
                double x = ROLLER_MM[i];
                double ridges = Math.exp(-(x - ridge) * (x - ridge) / 800) + Math.exp(-(x + ridge) * (x + ridge) / 800) + 0.2;
                kpa[i] = 40 * load * ridges + 0.3 * r.nextGaussian();
                total += kpa[i];
                moment += kpa[i] * x;
            }
            double cop = moment / total;
            double var = 0;
            for (int i = 0; i < kpa.length; i++) {
                var += kpa[i] * (ROLLER_MM[i] - cop) * (ROLLER_MM[i] - cop);
            }
            in.add(Math.round(t * 1000), total, cop, Math.sqrt(var / total), kpa);
        }
        return in;
    }

    /** Up and back, 8 s per stroke: position 0 → 1 → 0. */
    private static double stroke(double t) {
        double p = (t / 8) % 1;
        return p < 0.5 ? 2 * p : 2 - 2 * p;
    }

    @Test
    void halvesThatDifferAcrossTheTaxelsShowAWholeStroke() {
        // the load alone repeats every 4 s; the ridges' spread shows the 8 s stroke
        double ratio = feed(RhythmSignalsTest::stroke).halvesRatio(40);
        assertTrue(ratio >= 2, "ratio " + ratio);
    }

    @Test
    void aRhythmThatRepeatsEveryHalfIsNotHalfAStroke() {
        // the same shape travelled twice as often: every 4 s is a whole stroke
        double ratio = feed(t -> stroke(2 * t)).halvesRatio(40);
        assertTrue(ratio <= 1.2, "ratio " + ratio);
    }

    @Test
    void theMiddleShareNeedsFiveLateralPositions() {
        assertNull(RhythmSignals.innerWeights(new double[] {-51, 0, 51, -51, 0, 51}));
        double[] w = RhythmSignals.innerWeights(ROLLER_MM);
        assertEquals(0, w[0]);
        assertTrue(w[3] > 0.7 && w[4] > 0.7, java.util.Arrays.toString(w));
        assertEquals(4, new RhythmSignals(ROLLER_MM).signals, "total, centre, spread and the middle share");
        assertEquals(5, new RhythmSignals(new double[] {-32, 32}).signals, "total, centre, spread and each ball");
    }

    @Test
    void theSpreadIsItsOwnSignalFromThreeLateralPositionsAndLargerOnFew() {
        RhythmSignals balls = new RhythmSignals(new double[] {-32, 32});
        assertFalse(balls.spreadOwnSignal, "two balls: the spread only mirrors the centre of pressure");
        assertTrue(balls.isTaxel(3) && balls.isTaxel(4) && !balls.isTaxel(2), "each ball's load is signal 3, 4");
        RhythmSignals pad = new RhythmSignals(new double[] {-51, 0, 51, -51, 0, 51, -51, 0, 51});
        assertTrue(pad.spreadOwnSignal);
        assertEquals(RhythmSignals.FEW_POSITIONS_SPREAD_SIZE_MM, pad.strokeSize(2));
        assertFalse(pad.isTaxel(3), "nine taxels: no per-taxel signals");
        RhythmSignals roller = new RhythmSignals(ROLLER_MM);
        assertEquals(RhythmSignals.SPREAD_SIZE_MM, roller.strokeSize(2));
    }
}
