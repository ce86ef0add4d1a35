package io.rollsense.report;

import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import org.jfree.data.xy.XYSeries;

/**
 * Per-pixel-column decimation for plotting long series, shared by the report and review charts
 * and the live view. {@code minMax} keeps, for every column of a time window, the lowest and the
 * highest sample in their original order, so a line drawn through the result looks exactly like
 * the full-resolution line at that width (every peak survives) while at most {@code 2 * columns}
 * points are drawn; when the window holds no more than that, the samples pass through unchanged.
 * A sample at time t falls in column {@code floor((t - start) * columns / span)}, the last column
 * taking the window's end. Stateless and thread-safe. Hand-written: JFreeChart has no decimation.
 */
public final class Decimator {
    private Decimator() {
    }

    /** Receives decimated points in time order. */
    @FunctionalInterface
    public interface PointSink {
        void add(long timeMs, double value);
    }

    /**
     * Adds the min/max-decimated points of samples {@code from..to-1} to {@code out}, with
     * x = time / {@code xScale}; the columns span the first to the last sample's time.
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
        long spanMs = spanMs(time, from, to);
        minMax(time, value, from, to, t0, spanMs, columns, (t, v) -> out.add(t / xScale, v, false));
    }

    /**
     * Decimates the samples of one array series whose time lies in {@code fromMs..toMs}: the live
     * view's shape (ring snapshot in, chart arrays out, no allocation per point).
     *
     * @param timesMs sample times, non-decreasing
     * @param values  sample values
     * @param count   samples used from the start of the arrays
     * @param fromMs  window start (inclusive) in ms
     * @param toMs    window end (inclusive) in ms, &gt; fromMs
     * @param columns pixel columns, &gt;= 1
     * @param outX    receives times in seconds, length &gt;= 2 * columns
     * @param outY    receives values, length &gt;= 2 * columns
     * @return number of points written
     */
    public static int minMax(long[] timesMs, float[] values, int count, long fromMs, long toMs, int columns,
                             double[] outX, double[] outY) {
        if (columns < 1 || toMs <= fromMs) {
            throw new IllegalArgumentException("columns=" + columns + ", window " + fromMs + ".." + toMs);
        }
        int start = lowerBound(timesMs, count, fromMs);
        int end = lowerBound(timesMs, count, toMs + 1);
        ArrayPoints points = new ArrayPoints(outX, outY);
        minMax(i -> timesMs[i], i -> values[i], start, end, fromMs, toMs - fromMs, columns, points);
        return points.count;
    }

    /**
     * The min/max core: samples {@code from..to-1}, columns spanning {@code startMs..startMs+spanMs}
     * (every sample's time must lie in that range).
     */
    public static void minMax(IntToLongFunction time, IntToDoubleFunction value, int from, int to, long startMs,
                              long spanMs, int columns, PointSink out) {
        if (to - from <= 2L * columns) {
            for (int i = from; i < to; i++) {
                out.add(time.applyAsLong(i), value.applyAsDouble(i));
            }
            return;
        }
        int i = from;
        while (i < to) {
            int col = column(time.applyAsLong(i), startMs, spanMs, columns);
            int minI = i;
            int maxI = i;
            double min = value.applyAsDouble(i);
            double max = min;
            i++;
            while (i < to && column(time.applyAsLong(i), startMs, spanMs, columns) == col) {
                double v = value.applyAsDouble(i);
                if (v < min) {
                    min = v;
                    minI = i;
                } else if (v > max) {
                    max = v;
                    maxI = i;
                }
                i++;
            }
            int a = Math.min(minI, maxI);
            int b = Math.max(minI, maxI);
            out.add(time.applyAsLong(a), value.applyAsDouble(a));
            if (b != a) {
                out.add(time.applyAsLong(b), value.applyAsDouble(b));
            }
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
        long spanMs = spanMs(time, from, to);
        int col = -1;
        double sumV = 0;
        double sumT = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            long t = time.applyAsLong(i);
            int c = column(t, t0, spanMs, columns);
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
        long spanMs = spanMs(time, from, to);
        int col = -1;
        int best = -1;
        for (int i = from; i < to; i++) {
            int c = column(time.applyAsLong(i), t0, spanMs, columns);
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

    /** Time from the first to the last sample, at least 1 ms. */
    private static long spanMs(IntToLongFunction time, int from, int to) {
        return Math.max(1, time.applyAsLong(to - 1) - time.applyAsLong(from));
    }

    private static int column(long tMs, long startMs, long spanMs, int columns) {
        return (int) Math.min(columns - 1, (tMs - startMs) * columns / spanMs);
    }

    /** First index whose time is at or after {@code keyMs}. */
    private static int lowerBound(long[] timesMs, int count, long keyMs) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timesMs[mid] < keyMs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Writes points into caller-owned arrays, x in seconds. */
    private static final class ArrayPoints implements PointSink {
        private final double[] xs;
        private final double[] ys;
        private int count;

        ArrayPoints(double[] xs, double[] ys) {
            this.xs = xs;
            this.ys = ys;
        }

        @Override
        public void add(long timeMs, double value) {
            xs[count] = timeMs / 1000.0;
            ys[count++] = value;
        }
    }
}
