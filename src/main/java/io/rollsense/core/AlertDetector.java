package io.rollsense.core;

/**
 * One alert kind's state machine, in device time. It decides on a filtered pressure and reports the
 * peak of the measured one.
 *
 * <ul>
 *   <li>Debounce: a leaky accumulator counts time with the filtered value above the threshold and
 *       drains at the same rate below it; the alert is raised when it reaches {@code minAlertMs}.
 *       A glitch of a few tens of ms never gets there; noise around a real crossing only slows it.
 *       The onset reported is where the accumulator last left zero.</li>
 *   <li>Hysteresis: once raised, the alert clears only after the filtered value has stayed below
 *       {@code threshold × (1 - HYSTERESIS)} for {@link #CLEAR_MS} (same leaky rule), so one
 *       episode is one alert. The end reported is where the value went below the band, so the
 *       clear event is delivered {@code CLEAR_MS} after its own {@code endMs}.</li>
 * </ul>
 * Not thread-safe.
 */
final class AlertDetector {
    /** Relative hysteresis band below the threshold. */
    static final double HYSTERESIS = 0.10;
    /** How long the value must stay below the lower band to clear, in ms. */
    static final long CLEAR_MS = 300;

    private final AlertKind kind;
    private final double thresholdKpa;
    private final double clearKpa;
    private final long minAlertMs;

    private boolean raised;
    private double accMs;
    private long candidateStartMs;
    private long lastMs = Long.MIN_VALUE;
    private double peakKpa;
    private int peakChannel = -1;
    private long startMs;
    private long belowSinceMs;

    AlertDetector(AlertKind kind, double thresholdKpa, long minAlertMs) {
        this.kind = kind;
        this.thresholdKpa = thresholdKpa;
        this.clearKpa = thresholdKpa * (1 - HYSTERESIS);
        this.minAlertMs = minAlertMs;
    }

    double thresholdKpa() {
        return thresholdKpa;
    }

    boolean raised() {
        return raised;
    }

    /**
     * One sample.
     *
     * @param timeMs          ms since first frame, non-decreasing
     * @param filteredKpa     decision value (filtered), 0 when unloaded
     * @param measuredKpa     measured value to track the peak
     * @param measuredChannel channel of {@code measuredKpa}
     */
    void update(long timeMs, double filteredKpa, double measuredKpa, int measuredChannel, EventSink sink) {
        long dt = lastMs == Long.MIN_VALUE ? 0 : Math.max(0, timeMs - lastMs);
        lastMs = timeMs;
        if (!raised) {
            if (filteredKpa > thresholdKpa) {
                if (accMs == 0) {
                    candidateStartMs = timeMs;
                    peakKpa = 0;
                }
                trackPeak(measuredKpa, measuredChannel);
                accMs += Math.max(dt, 1);
                if (accMs >= minAlertMs) {
                    raised = true;
                    startMs = candidateStartMs;
                    accMs = 0;
                    sink.accept(new AnalysisEvent.AlertRaised(kind, startMs, thresholdKpa, peakKpa, peakChannel,
                            peakKpa / thresholdKpa));
                }
            } else {
                accMs = Math.max(0, accMs - dt);
                if (accMs > 0) {
                    trackPeak(measuredKpa, measuredChannel);
                }
            }
            return;
        }
        trackPeak(measuredKpa, measuredChannel);
        if (filteredKpa < clearKpa) {
            if (accMs == 0) {
                belowSinceMs = timeMs;
            }
            accMs += Math.max(dt, 1);
            if (accMs >= CLEAR_MS) {
                clear(belowSinceMs, sink);
            }
        } else {
            accMs = Math.max(0, accMs - dt);
        }
    }

    /** End of input: a raised alert is cleared at {@code endMs}. */
    void finish(long endMs, EventSink sink) {
        if (raised) {
            clear(endMs, sink);
        }
    }

    private void clear(long endMs, EventSink sink) {
        raised = false;
        accMs = 0;
        sink.accept(new AnalysisEvent.AlertCleared(kind, startMs, endMs, thresholdKpa, peakKpa, peakChannel));
    }

    private void trackPeak(double kpa, int channel) {
        if (kpa > peakKpa || peakChannel < 0) {
            peakKpa = kpa;
            peakChannel = channel;
        }
    }
}
