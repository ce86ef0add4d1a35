package io.rollsense.eval;

import io.rollsense.sim.GroundTruth;
import io.rollsense.sim.alt.AltPlan;
import io.rollsense.sim.alt.AltTruth;
import java.util.ArrayList;
import java.util.List;

/**
 * The rhythm truth of one session, whatever model made it: true stroke times and the session's
 * segments (rolling at a pace, holding still, or sitting up, which is left out of every figure),
 * all in ms since the first frame.
 */
public record RhythmTruth(List<Segment> segments, long[] strokesMs) {

    /**
     * @param startMs start of the segment
     * @param endMs   end (exclusive)
     * @param spm     pace while rolling, strokes/min; null in a hold or while sitting up
     * @param sitUp   the person is off the device (left out of the figures)
     */
    public record Segment(long startMs, long endMs, Double spm, boolean sitUp) {
        boolean rolling() {
            return spm != null;
        }
    }

    public RhythmTruth {
        segments = List.copyOf(segments);
        strokesMs = strokesMs.clone();
    }

    /** From the second body model. */
    public static RhythmTruth of(AltTruth t) {
        List<Segment> segs = new ArrayList<>();
        for (AltTruth.Part p : t.parts()) {
            segs.add(new Segment(p.startMs(), p.endMs(), p.type() == AltPlan.Type.ROLL ? p.spm() : null,
                    p.type() == AltPlan.Type.SIT_UP));
        }
        return new RhythmTruth(segs, t.strokesMs());
    }

    /** From the first simulator ({@code up} segments are sitting up). */
    public static RhythmTruth of(GroundTruth t) {
        List<Segment> segs = new ArrayList<>();
        for (GroundTruth.CadenceSegment c : t.cadence()) {
            segs.add(new Segment(c.startMs(), c.endMs(), c.spm(), "up".equals(c.kind())));
        }
        return new RhythmTruth(segs, t.strokesMs());
    }

    /** Strokes with {@code from <= t < to}. */
    long strokesBetween(long from, long to) {
        long n = 0;
        for (long s : strokesMs) {
            if (s >= from && s < to) {
                n++;
            }
        }
        return n;
    }
}
