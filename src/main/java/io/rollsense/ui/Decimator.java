package io.rollsense.ui;

/**
 * Min/max-per-pixel-column decimation: keeps, for every column of a time window, the sample with
 * the lowest and the one with the highest value (in time order), so a line drawn through the
 * result looks exactly like the full-resolution line at that width (every peak survives) while
 * the chart draws at most {@code 2 * columns} points. When the window holds no more than that,
 * the samples pass through unchanged. Hand-written: JFreeChart has no streaming decimation.
 */
final class Decimator {
    private Decimator() {
    }

    /**
     * Decimates one series.
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
    static int decimate(long[] timesMs, float[] values, int count, long fromMs, long toMs, int columns,
                        double[] outX, double[] outY) {
        if (columns < 1 || toMs <= fromMs) {
            throw new IllegalArgumentException("columns=" + columns + ", window " + fromMs + ".." + toMs);
        }
        int start = lowerBound(timesMs, count, fromMs);
        int end = start;
        while (end < count && timesMs[end] <= toMs) {
            end++;
        }
        int n = end - start;
        if (n <= 2 * columns) {
            for (int i = 0; i < n; i++) {
                outX[i] = timesMs[start + i] / 1000.0;
                outY[i] = values[start + i];
            }
            return n;
        }
        double span = toMs - fromMs;
        int out = 0;
        int i = start;
        while (i < end) {
            int col = column(timesMs[i], fromMs, span, columns);
            int minIdx = i;
            int maxIdx = i;
            i++;
            while (i < end && column(timesMs[i], fromMs, span, columns) <= col) { // <=: never more groups than columns
                if (values[i] < values[minIdx]) {
                    minIdx = i;
                } else if (values[i] > values[maxIdx]) {
                    maxIdx = i;
                }
                i++;
            }
            int a = Math.min(minIdx, maxIdx);
            int b = Math.max(minIdx, maxIdx);
            outX[out] = timesMs[a] / 1000.0;
            outY[out++] = values[a];
            if (b != a) {
                outX[out] = timesMs[b] / 1000.0;
                outY[out++] = values[b];
            }
        }
        return out;
    }

    private static int column(long tMs, long fromMs, double span, int columns) {
        int c = (int) ((tMs - fromMs) / span * columns);
        return Math.min(c, columns - 1);
    }

    private static int lowerBound(long[] timesMs, int count, long key) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timesMs[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
