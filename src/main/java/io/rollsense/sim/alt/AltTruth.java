package io.rollsense.sim.alt;

import java.util.List;

/**
 * What really happened in an {@link AltSession}: every stroke's completion time (the device back
 * at the low end of the travel) and the parts with their times, all in ms since the first frame.
 */
public record AltTruth(List<Part> parts, long[] strokesMs) {

    /**
     * @param startMs start, ms since the first frame
     * @param endMs   end (exclusive)
     * @param type    rolling, hold or sitting up
     * @param spm     pace of a rolling part (NaN otherwise), strokes/min
     * @param episode the episode in a rolling part
     */
    public record Part(long startMs, long endMs, AltPlan.Type type, double spm, AltPlan.Episode episode) {
    }

    public AltTruth {
        parts = List.copyOf(parts);
        strokesMs = strokesMs.clone();
    }
}
