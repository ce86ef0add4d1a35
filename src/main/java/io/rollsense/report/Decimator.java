package io.rollsense.report;

import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import org.jfree.data.xy.XYSeries;

/**
 * Min/max decimation for plotting long series: per pixel column, the lowest and the highest point,
 * in their original order, so peaks survive and a 1-hour 100 Hz series draws as a few thousand
 * points. Stateless.
 */
public final class Decimator {
    private Decimator() {
    }

    /**
     * Adds the decimated points of samples {@code from..to-1} to {@code out}, with x = time / {@code xScale}.
     *
     * @param time    sample time in ms, non-decreasing
     * @param value   sample value
     * @param columns pixel columns across the time range (at least 1)
     */
    public static void minMax(IntToLongFunction time, IntToDoubleFunction value, int from, int to, int columns,
                              double xScale, XYSeries out) {
        if (to <= from) {
            return;
        }
        long t0 = time.applyAsLong(from);
        long span = Math.max(1, time.applyAsLong(to - 1) - t0);
        if (to - from <= 2L * columns) {
            for (int i = from; i < to; i++) {
                out.add(time.applyAsLong(i) / xScale, value.applyAsDouble(i), false);
            }
            return;
        }
        int col = -1;
        int minI = -1;
        int maxI = -1;
        for (int i = from; i < to; i++) {
            int c = (int) Math.min(columns - 1, (time.applyAsLong(i) - t0) * columns / span);
            if (c != col) {
                emit(time, value, minI, maxI, xScale, out);
                col = c;
                minI = i;
                maxI = i;
            } else {
                double v = value.applyAsDouble(i);
                if (v < value.applyAsDouble(minI)) {
                    minI = i;
                }
                if (v > value.applyAsDouble(maxI)) {
                    maxI = i;
                }
            }
        }
        emit(time, value, minI, maxI, xScale, out);
    }

    private static void emit(IntToLongFunction time, IntToDoubleFunction value, int minI, int maxI, double xScale,
                             XYSeries out) {
        if (minI < 0) {
            return;
        }
        int a = Math.min(minI, maxI);
        int b = Math.max(minI, maxI);
        out.add(time.applyAsLong(a) / xScale, value.applyAsDouble(a), false);
        if (b != a) {
            out.add(time.applyAsLong(b) / xScale, value.applyAsDouble(b), false);
        }
    }

    /**
     * Adds one point per pixel column holding the mean of the samples {@code from..to-1} in it, at
     * the column's mean time. For oscillating series too dense to read (a taxel rolled over a hundred
     * times per column), where min/max would paint a solid band.
     */
    public static void mean(IntToLongFunction time, IntToDoubleFunction value, int from, int to, int columns,
                            double xScale, XYSeries out) {
        if (to <= from) {
            return;
        }
        long t0 = time.applyAsLong(from);
        long span = Math.max(1, time.applyAsLong(to - 1) - t0);
        int col = -1;
        double sumV = 0;
        double sumT = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            long t = time.applyAsLong(i);
            int c = (int) Math.min(columns - 1, (t - t0) * columns / span);
            if (c != col && n > 0) {
                out.add(sumT / n / xScale, sumV / n, false);
                sumV = 0;
                sumT = 0;
                n = 0;
            }
            col = c;
            sumV += value.applyAsDouble(i);
            sumT += t;
            n++;
        }
        out.add(sumT / n / xScale, sumV / n, false);
    }

    /** Adds one point per pixel column: the highest sample in it (the safety-relevant edge of a dense series). */
    public static void max(IntToLongFunction time, IntToDoubleFunction value, int from, int to, int columns,
                           double xScale, XYSeries out) {
        if (to <= from) {
            return;
        }
        long t0 = time.applyAsLong(from);
        long span = Math.max(1, time.applyAsLong(to - 1) - t0);
        int col = -1;
        int best = -1;
        for (int i = from; i < to; i++) {
            int c = (int) Math.min(columns - 1, (time.applyAsLong(i) - t0) * columns / span);
            if (c != col && best >= 0) {
                out.add(time.applyAsLong(best) / xScale, value.applyAsDouble(best), false);
                best = -1;
            }
            col = c;
            if (best < 0 || value.applyAsDouble(i) > value.applyAsDouble(best)) {
                best = i;
            }
        }
        out.add(time.applyAsLong(best) / xScale, value.applyAsDouble(best), false);
    }
}
