package io.rollsense.pipeline;

import io.rollsense.api.LatencySummary;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * Per-frame latencies in nanoseconds (source receipt to events delivered) as an HdrHistogram:
 * constant memory and constant cost at any run length (values to 1 h, 2 significant digits, so
 * percentiles are within 1 %). Threading: {@link #record} is called by one thread only (the
 * analyzer thread) and is wait-free, a few ns; {@link #summary} and {@link #reset} may be called
 * from any thread (they take the interval histogram from the recorder without stopping it).
 */
final class LatencyRecorder {
    /** Highest latency tracked; longer ones are counted as this. */
    static final long MAX_NANOS = TimeUnit.HOURS.toNanos(1);
    private static final int DIGITS = 2;

    private final SingleWriterRecorder recorder = new SingleWriterRecorder(1, MAX_NANOS, DIGITS);
    private final Histogram total = new Histogram(1, MAX_NANOS, DIGITS);
    private Histogram interval;

    /** Records one latency; only from the one writer thread. */
    void record(long nanos) {
        recorder.recordValue(Math.max(1, Math.min(MAX_NANOS, nanos)));
    }

    synchronized void reset() {
        interval = recorder.getIntervalHistogram(interval); // drop what was recorded so far
        total.reset();
    }

    synchronized LatencySummary summary() {
        interval = recorder.getIntervalHistogram(interval);
        total.add(interval);
        long n = total.getTotalCount();
        if (n == 0) {
            return new LatencySummary(0, 0, 0, 0);
        }
        return new LatencySummary(n, total.getValueAtPercentile(50) / 1e6, total.getValueAtPercentile(99) / 1e6,
                total.getMaxValue() / 1e6);
    }

    /** Bytes the histograms hold; the same after one frame and after a billion. */
    synchronized long footprintBytes() {
        return total.getEstimatedFootprintInBytes() + (interval == null ? 0 : interval.getEstimatedFootprintInBytes());
    }
}
