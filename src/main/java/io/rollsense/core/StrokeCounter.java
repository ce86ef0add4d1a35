package io.rollsense.core;

import java.util.ArrayDeque;

/**
 * Turns trigger crossings into {@link AnalysisEvent.Stroke} events, knowing whether the rhythm is
 * confirmed: while rolling, a crossing is a stroke, and a gap of about n periods since the last
 * stroke (with the rhythm unbroken) means the trigger missed n - 1 cycles, which are reported at
 * evenly spaced times in the gap (gaps over four periods are left alone). Before the rhythm is
 * confirmed, crossings wait and are reported with their own times once it is, or are forgotten
 * after {@link #PENDING_MS} (a hold or getting up is not a stroke). Not thread-safe.
 */
final class StrokeCounter {
    /** How long a crossing may wait for the rhythm to be confirmed, ms. */
    static final long PENDING_MS = 30_000;

    private final ArrayDeque<Long> pending = new ArrayDeque<>();
    private long strokes;
    private long lastStrokeMs = Long.MIN_VALUE;
    private long lastNotRollingMs = Long.MIN_VALUE;

    long strokes() {
        return strokes;
    }

    /** A trigger crossing at {@code atMs}; {@code periodMs} is NaN when unknown. */
    void crossing(long atMs, boolean rolling, double periodMs, EventSink sink) {
        if (!rolling) {
            pending.addLast(atMs);
            return;
        }
        if (lastStrokeMs != Long.MIN_VALUE && lastNotRollingMs < lastStrokeMs && !Double.isNaN(periodMs)) {
            long gap = atMs - lastStrokeMs;
            long n = Math.round(gap / periodMs);
            if (n >= 2 && gap <= 4 * periodMs) {
                long from = lastStrokeMs;
                for (long k = 1; k < n; k++) {
                    stroke(from + gap * k / n, sink);
                }
            }
        }
        stroke(atMs, sink);
    }

    /** Once per second, after the rhythm decision: reports or forgets waiting crossings. */
    void settle(long nowMs, boolean rolling, EventSink sink) {
        if (!rolling) {
            lastNotRollingMs = nowMs;
        }
        while (!pending.isEmpty() && pending.peekFirst() < nowMs - PENDING_MS) {
            pending.removeFirst();
        }
        if (rolling) {
            while (!pending.isEmpty()) {
                stroke(pending.removeFirst(), sink);
            }
        }
    }

    private void stroke(long atMs, EventSink sink) {
        strokes++;
        lastStrokeMs = atMs;
        sink.accept(new AnalysisEvent.Stroke(atMs));
    }
}
