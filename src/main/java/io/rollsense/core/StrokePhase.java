package io.rollsense.core;

import java.util.ArrayDeque;

/**
 * Strokes counted by phase: the fitted fundamental's phase (cycles) is followed from second to
 * second, and every whole cycle is one stroke, reported at its interpolated time. A load that rises
 * twice per stroke therefore still counts once, and no threshold has to be crossed. Rules:
 * <ul>
 *   <li>when rolling starts, and when the rhythm is found again after a disturbance or at a new pace,
 *       the whole cycles the fit shows are counted (they happened), except any within half a cycle
 *       of a stroke already counted; cycles still waiting are replaced by them;</li>
 *   <li>each second the phase runs on at the current period and is nudged towards the measured phase
 *       by at most {@link #MAX_NUDGE} of a cycle; a change of signal re-references the phase, so a
 *       switch never adds or drops a stroke; a cycle is never counted twice;</li>
 *   <li>while rolling carries on without a clear rhythm, cycles wait: they are reported when the
 *       rhythm returns and dropped when rolling turns out to have stopped.</li>
 * </ul>
 * Not thread-safe; one per detector.
 */
final class StrokePhase {
    /** Largest correction of the phase per second, cycles. */
    static final double MAX_NUDGE = 0.25;

    private double phase;
    private double offset;
    private long phaseMs;
    private long counted;
    private int signal = -1;
    private long lastStrokeMs = Long.MIN_VALUE / 2;
    private long strokes;
    private final ArrayDeque<Long> waiting = new ArrayDeque<>();
    private final ArrayDeque<Long> ready = new ArrayDeque<>();

    long strokes() {
        return strokes;
    }

    /**
     * While provisional, counted cycles wait (the period may yet turn out to be half a stroke, and a
     * recount then replaces them); once not, they are reported at the next rhythmic second.
     */
    void provisional(boolean provisional) {
        this.provisional = provisional;
    }

    private boolean provisional;

    /**
     * Rolling starts at {@code atMs}; it began at {@code onsetMs} (device ms) and runs at
     * {@code periodMs}, the fit of {@code signal} now at phase {@code measured} (cycles, 0..1). Strokes
     * are the whole cycles since the onset, so a stroke completes where rolling began (one end of the
     * travel), and the phase keeps that alignment while it follows the fit.
     */
    void begin(long atMs, long onsetMs, double measured, double periodMs, int signal, EventSink sink) {
        this.signal = signal;
        waiting.clear();
        double since = Math.max(0, (atMs - onsetMs) / periodMs);
        offset = since - measured;
        counted = 0;
        long notBefore = lastStrokeMs + Math.round(0.5 * periodMs);
        count(onsetMs, 0, atMs, since, false);
        ready.removeIf(t -> t < notBefore);
        waiting.removeIf(t -> t < notBefore);
        phase = since;
        phaseMs = atMs;
        release(sink);
    }

    /**
     * The rhythm is found again at {@code atMs} after a disturbance or at a new pace: the fitted window
     * held {@code cycles} whole cycles of {@code periodMs}, the last ending at phase {@code measured}
     * (cycles, 0..1) of {@code signal}. Those cycles are counted, except any within half a cycle of a
     * stroke already counted; cycles still waiting are replaced by them. The alignment of strokes to
     * the fit's phase is kept.
     */
    void recount(long atMs, double measured, double cycles, double periodMs, int signal, EventSink sink) {
        double predicted = phase + (atMs - phaseMs) / periodMs;
        if (signal != this.signal) {
            offset = predicted - measured - Math.floor(predicted - measured);
            this.signal = signal;
        }
        double now = measured + offset;
        waiting.clear(); // recounted from the fit
        counted = (long) Math.floor(now - cycles);
        long notBefore = lastStrokeMs + Math.round(0.5 * periodMs);
        count(atMs - Math.round(cycles * periodMs), now - cycles, atMs, now, false);
        ready.removeIf(t -> t < notBefore);
        waiting.removeIf(t -> t < notBefore);
        phase = now;
        phaseMs = atMs;
        release(sink);
    }

    /**
     * The phase (cycles, 0..1) that the fit of {@code signal} should measure at {@code atMs} if the
     * strokes run on at {@code periodMs}; NaN for another signal than the one followed.
     */
    double expected(long atMs, double periodMs, int signal) {
        if (signal != this.signal) {
            return Double.NaN;
        }
        double e = phase + (atMs - phaseMs) / periodMs - offset;
        return e - Math.floor(e);
    }

    /** A rhythmic second while rolling: the phase {@code measured} (cycles, 0..1) of {@code signal}. */
    void follow(long atMs, double measured, double periodMs, int signal, EventSink sink) {
        double predicted = phase + (atMs - phaseMs) / periodMs;
        if (signal != this.signal) {
            offset = predicted - measured - Math.floor(predicted - measured);
            this.signal = signal;
        }
        double diff = measured + offset - predicted;
        diff -= Math.round(diff);
        double next = predicted + Math.max(-MAX_NUDGE, Math.min(MAX_NUDGE, diff));
        count(phaseMs, phase, atMs, next, false);
        phase = next;
        phaseMs = atMs;
        release(sink);
    }

    /** A second without a clear rhythm while rolling carries on: cycles wait. */
    void coast(long atMs, double periodMs) {
        double next = phase + (atMs - phaseMs) / periodMs;
        count(phaseMs, phase, atMs, next, true);
        phase = next;
        phaseMs = atMs;
    }

    /** Rolling stopped: the waiting cycles were not strokes. */
    void stop() {
        waiting.clear();
    }

    private void count(long fromMs, double fromPhase, long toMs, double toPhase, boolean wait) {
        for (long k = counted + 1; k <= Math.floor(toPhase); k++) {
            double share = toPhase > fromPhase ? Math.max(0, Math.min(1, (k - fromPhase) / (toPhase - fromPhase))) : 1;
            (wait || provisional ? waiting : ready).addLast(fromMs + Math.round(share * (toMs - fromMs)));
            counted = k;
        }
    }

    private void release(EventSink sink) {
        if (provisional) {
            return;
        }
        for (ArrayDeque<Long> q : java.util.List.of(waiting, ready)) { // older first
            while (!q.isEmpty()) {
                strokes++;
                lastStrokeMs = q.removeFirst();
                sink.accept(new AnalysisEvent.Stroke(lastStrokeMs));
            }
        }
    }
}
