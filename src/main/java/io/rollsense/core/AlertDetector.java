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
    /** Longest time one sample stands for (frames 20 Hz and faster are 50 ms apart), ms. */
    static final long MAX_STEP_MS = 60;
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
     * One sample. An alert is raised only when the debounce is met and a measured sample of the
     * episode (or of the {@link #LOOKBACK_MS} before it) was above the threshold too, so stale filter
     * state after a gap in the frames never raises an alert about pressure nobody measured.
     *
     * @param timeMs          ms since first frame, non-decreasing
     * @param filteredKpa     decision value (filtered), 0 when unloaded
     * @param measuredKpa     measured value to track the peak
     * @param measuredChannel channel of {@code measuredKpa}
     */
    void update(long timeMs, double filteredKpa, double measuredKpa, int measuredChannel, EventSink sink) {
        recent.add(timeMs, measuredKpa, measuredChannel);
        // one sample never counts for more than MAX_STEP_MS, so a gap in the frames cannot raise or clear
        long dt = lastMs == Long.MIN_VALUE ? 0 : Math.min(MAX_STEP_MS, Math.max(0, timeMs - lastMs));
        lastMs = timeMs;
        if (!raised) {
            if (filteredKpa > thresholdKpa) {
                if (accMs == 0) {
                    candidateStartMs = timeMs;
                    peakKpa = 0;
                    peakChannel = -1;
                    recent.seed(this);
                }
                trackPeak(measuredKpa, measuredChannel);
                accMs += Math.max(dt, 1);
                // never raise on filter state alone: some measured sample of the episode must be over too
                if (accMs >= minAlertMs && peakKpa > thresholdKpa) {
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

    /**
     * Measured values of the last {@link #LOOKBACK_MS}: the filters delay the decision, so the
     * measured peak that pushed the filtered value over may come just before the candidate onset.
     */
    private static final class Recent {
        private final long[] times = new long[64];
        private final double[] kpa = new double[64];
        private final int[] channels = new int[64];
        private int next;
        private int size;

        void add(long t, double v, int ch) {
            times[next] = t;
            kpa[next] = v;
            channels[next] = ch;
            next = (next + 1) % times.length;
            size = Math.min(size + 1, times.length);
        }

        void seed(AlertDetector d) {
            long newest = times[(next - 1 + times.length) % times.length];
            for (int k = 0; k < size; k++) {
                int i = (next - 1 - k + times.length) % times.length;
                if (times[i] < newest - LOOKBACK_MS) {
                    break;
                }
                d.trackPeak(kpa[i], channels[i]);
            }
        }
    }

    /** How far back the measured peak of a new episode is looked for, ms. */
    static final long LOOKBACK_MS = 150;
    private final Recent recent = new Recent();

    private void trackPeak(double kpa, int channel) {
        if (kpa > peakKpa || peakChannel < 0) {
            peakKpa = kpa;
            peakChannel = channel;
        }
    }
}
