package io.rollsense.sim;

/**
 * A stretch of time when a noise-free pressure was above a threshold.
 *
 * @param startMs first sample above the threshold, ms since the first frame
 * @param endMs   first sample after it that is not above (or the end of the run), ms since the first frame
 * @param peakKpa highest noise-free pressure within the stretch, kPa
 */
public record TruthInterval(long startMs, long endMs, double peakKpa) {
    /** Length in ms. */
    public long durationMs() {
        return endMs - startMs;
    }
}
