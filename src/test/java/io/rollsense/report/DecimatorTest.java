package io.rollsense.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

class DecimatorTest {
    @Test
    void fewSamplesPassThroughUnchanged() {
        long[] t = {0, 10, 20, 30};
        float[] v = {1, 5, 2, 7};
        double[] x = new double[8];
        double[] y = new double[8];
        int n = Decimator.minMax(t, v, 4, 0, 30, 4, x, y);
        assertEquals(4, n);
        assertArrayEquals(new double[] {0, 0.01, 0.02, 0.03}, java.util.Arrays.copyOf(x, 4), 1e-12);
        assertArrayEquals(new double[] {1, 5, 2, 7}, java.util.Arrays.copyOf(y, 4), 1e-12);
    }

    @Test
    void keepsMinAndMaxOfEachColumnInTimeOrder() {
        // 2 columns over 0..100 ms: column 0 holds t 0..49, column 1 holds t 50..100
        long[] t = new long[101];
        float[] v = new float[101];
        for (int i = 0; i <= 100; i++) {
            t[i] = i;
            v[i] = 10;
        }
        v[30] = 99; // max of column 0 after its min
        v[12] = -3; // min of column 0
        v[77] = 50; // max of column 1, min is the first sample (t=50, ties keep the first)
        double[] x = new double[4];
        double[] y = new double[4];
        int n = Decimator.minMax(t, v, 101, 0, 100, 2, x, y);
        assertEquals(4, n);
        assertArrayEquals(new double[] {0.012, 0.030, 0.050, 0.077}, x, 1e-12);
        assertArrayEquals(new double[] {-3, 99, 10, 50}, y, 1e-12);
    }

    @Test
    void samplesOutsideTheWindowAreIgnored() {
        long[] t = {-50, 0, 5, 10, 200};
        float[] v = {1000, 1, 2, 3, 1000};
        double[] x = new double[2];
        double[] y = new double[2];
        int n = Decimator.minMax(t, v, 5, 0, 10, 1, x, y);
        assertEquals(2, n);
        assertArrayEquals(new double[] {1, 3}, y, 1e-12);
    }

    @Property(tries = 200)
    void everyColumnKeepsItsExtremes(@ForAll @IntRange(min = 1, max = 3000) int count,
                                     @ForAll @IntRange(min = 1, max = 400) int columns,
                                     @ForAll @LongRange(min = 0, max = 1000) long seed) {
        RandomSeries series = RandomSeries.of(seed, count, 0); // time steps 0, 5 or 10 ms: repeats allowed
        long[] t = series.timesMs();
        float[] v = series.values();
        long to = Math.max(1, t[count - 1]);
        double[] x = new double[2 * columns];
        double[] y = new double[2 * columns];
        int n = Decimator.minMax(t, v, count, 0, to, columns, x, y);
        assertTrue(n <= 2 * columns, "at most two points per column");
        float lo = Float.MAX_VALUE;
        float hi = -Float.MAX_VALUE;
        for (float f : v) {
            lo = Math.min(lo, f);
            hi = Math.max(hi, f);
        }
        double outLo = Double.MAX_VALUE;
        double outHi = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            outLo = Math.min(outLo, y[i]);
            outHi = Math.max(outHi, y[i]);
            if (i > 0) {
                assertTrue(x[i] >= x[i - 1], "time order");
            }
        }
        assertEquals(lo, outLo, 0);
        assertEquals(hi, outHi, 0);
    }

    @Property(tries = 100)
    void arrayAndSeriesFormsGiveTheSamePoints(@ForAll @IntRange(min = 2, max = 2000) int count,
                                              @ForAll @IntRange(min = 1, max = 300) int columns,
                                              @ForAll @LongRange(min = 0, max = 1000) long seed) {
        RandomSeries random = RandomSeries.of(seed, count, 1); // time steps 1, 6 or 11 ms
        long[] t = random.timesMs();
        float[] v = random.values();
        double[] x = new double[2 * columns];
        double[] y = new double[2 * columns];
        int n = Decimator.minMax(t, v, count, 0, t[count - 1], columns, x, y);
        XYSeries series = new XYSeries("s", false, true);
        Decimator.minMax(i -> t[i], i -> v[i], 0, count, columns, 1000.0, series);
        assertEquals(n, series.getItemCount());
        for (int i = 0; i < n; i++) {
            assertEquals(x[i], series.getX(i).doubleValue(), 0);
            assertEquals(y[i], series.getY(i).doubleValue(), 0);
        }
    }

    @Test
    void maxKeepsTheHighestSampleOfEachColumn() {
        long[] t = {0, 10, 20, 30, 40, 50, 60, 70, 80};
        double[] v = {1, 9, 2, 3, 4, 8, 5, 7, 6};
        XYSeries out = new XYSeries("s", false, true);
        Decimator.max(i -> t[i], i -> v[i], 0, t.length, 2, 1.0, out);
        assertEquals(2, out.getItemCount());
        assertEquals(10, out.getX(0).doubleValue(), 0);
        assertEquals(9, out.getY(0).doubleValue(), 0);
        assertEquals(50, out.getX(1).doubleValue(), 0);
        assertEquals(8, out.getY(1).doubleValue(), 0);
    }

    @Test
    void meanAveragesEachColumnAtItsMeanTime() {
        long[] t = {0, 10, 20, 30};
        double[] v = {2, 4, 10, 20};
        XYSeries out = new XYSeries("s", false, true);
        Decimator.mean(i -> t[i], i -> v[i], 0, t.length, 2, 10.0, out);
        assertEquals(2, out.getItemCount());
        assertEquals(0.5, out.getX(0).doubleValue(), 1e-12);
        assertEquals(3, out.getY(0).doubleValue(), 1e-12);
        assertEquals(2.5, out.getX(1).doubleValue(), 1e-12);
        assertEquals(15, out.getY(1).doubleValue(), 1e-12);
    }

    /** Gaussian values at times stepping by {@code minStepMs} + 0, 5 or 10 ms. */
    private record RandomSeries(long[] timesMs, float[] values) {
        static RandomSeries of(long seed, int count, long minStepMs) {
            java.util.Random r = new java.util.Random(seed);
            long[] t = new long[count];
            float[] v = new float[count];
            for (int i = 0; i < count; i++) {
                t[i] = i == 0 ? 0 : t[i - 1] + minStepMs + 5L * r.nextInt(3);
                v[i] = (float) r.nextGaussian();
            }
            return new RandomSeries(t, v);
        }
    }
}
