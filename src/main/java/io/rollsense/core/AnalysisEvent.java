package io.rollsense.core;

/**
 * Something the analyzer found. Small immutable values; times are ms of unwrapped device time
 * since the first valid frame of the analysis. Their JSON-lines form is a public contract.
 */
public sealed interface AnalysisEvent
        permits AnalysisEvent.AlertRaised, AnalysisEvent.AlertCleared, AnalysisEvent.Stroke, AnalysisEvent.Cadence,
        AnalysisEvent.Tare {

    /** Device time of the event in ms since the first valid frame. */
    long timeMs();

    /**
     * An alert started (debounced): delivered once the pressure has stayed over the threshold for
     * the debounce time, so {@code startMs} (the onset) lies before the frame that delivered it.
     *
     * @param startMs  onset time, ms since first frame
     * @param severity how far above threshold: peak / threshold (&gt;= 1)
     * @param peakKpa  highest measured pressure so far in kPa
     * @param channel  taxel index of the peak
     */
    record AlertRaised(AlertKind kind, long startMs, double thresholdKpa, double peakKpa, int channel,
                       double severity) implements AnalysisEvent {
        @Override
        public long timeMs() {
            return startMs;
        }
    }

    /**
     * An alert ended (or input ended while it was raised).
     *
     * @param startMs onset, ms since first frame
     * @param endMs   end, ms since first frame
     * @param peakKpa highest measured pressure of the episode in kPa
     * @param channel taxel index of the peak
     */
    record AlertCleared(AlertKind kind, long startMs, long endMs, double thresholdKpa, double peakKpa,
                        int channel) implements AnalysisEvent {
        @Override
        public long timeMs() {
            return endMs;
        }
    }

    /** One full up-and-back rolling cycle completed at {@code timeMs}. */
    record Stroke(long timeMs) implements AnalysisEvent {
    }

    /**
     * Rhythm, once per second of device time.
     *
     * @param spm        strokes per minute, or {@code null} when not rolling
     * @param regularity 0 (erratic) .. 1 (metronome)
     */
    record Cadence(long timeMs, Double spm, double regularity) implements AnalysisEvent {
    }

    /**
     * The outcome of a tare the user asked for ({@link Analyzer#requestTare()}) or took back
     * ({@link Analyzer#undoTare()}); automatic refinements while unloaded make no event.
     *
     * @param timeMs      when it was decided, ms since the first frame
     * @param requestedMs the first frame after the request (where its stretch began), ms since the
     *                    first frame: a replay that requests the tare before this frame decides the same
     * @param result     done, refused (the device was loaded) or undone
     * @param highestKpa highest taxel pressure in kPa seen while deciding, under the zero in force
     *                   before: the load that refused it, or the most a new zero took away; 0 for undo
     */
    record Tare(long timeMs, long requestedMs, TareResult result, double highestKpa) implements AnalysisEvent {
        public Tare {
            if (requestedMs > timeMs) {
                throw new IllegalArgumentException("requestedMs must be <= timeMs, was " + requestedMs + " > " + timeMs);
            }
            if (result == null) {
                throw new IllegalArgumentException("result must be given");
            }
            if (!(highestKpa >= 0)) {
                throw new IllegalArgumentException("highestKpa must be >= 0, was " + highestKpa);
            }
        }
    }
}
