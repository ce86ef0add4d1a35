package io.rollsense.eval;

import io.rollsense.core.AnalysisEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;

/**
 * Rhythm figures of one or more sessions against their truth (definitions in docs/accuracy.md):
 * <ul>
 *   <li><b>coverage</b>: share of the per-second cadence events in rolling segments, after a settling
 *       time of two strokes of the segment's pace plus 2 s, that carry a cadence; <b>cadence MAE</b>
 *       over those that do;</li>
 *   <li><b>holds as rolling</b>: share of the seconds of a hold, after a grace of one stroke of the
 *       pace before it plus 1 s, that carry a cadence;</li>
 *   <li><b>stroke count error</b>: Σ|detected − true| / Σ true per rolling segment, strokes counted in the
 *       segment shifted by half a stroke (a stroke is reported when its cycle completes);</li>
 *   <li><b>lock</b>: for each segment that starts a new pace (after a hold, a sit-up or a change of
 *       more than 10 %), the time until the first cadence within 10 % of the new pace, in strokes of
 *       the new pace; a pace never found within its segment counts as unfound.</li>
 * </ul>
 * Seconds of sitting up are left out, and so is the first stroke after it (within the settling time).
 * Only segments whose pace passes the filter count (holds count when the filter is {@link #ALL}).
 */
public final class RhythmScore {
    /** Every segment. */
    public static final DoublePredicate ALL = spm -> true;

    long steadySeconds;
    long coveredSeconds;
    double absErrSum;
    long holdSeconds;
    long holdRolling;
    long trueStrokes;
    long strokeAbsErr;
    final List<Double> lockStrokes = new ArrayList<>();
    long unfound;
    long changes;

    /** Adds one session, counting only rolling segments whose pace passes {@code band}. */
    public void add(RhythmRun run, DoublePredicate band) {
        add(run.truth(), run.cadences, run.strokesMs, band, false);
    }

    /**
     * Adds one session of the alert table ({@link Scores}): every segment, seconds of sitting up
     * scored as holds, and a hold's grace from the last rolling pace before it.
     */
    void addAsHolds(RhythmTruth truth, List<AnalysisEvent.Cadence> cadences, List<Long> strokesMs) {
        List<RhythmTruth.Segment> segs = truth.segments().stream()
                .map(g -> new RhythmTruth.Segment(g.startMs(), g.endMs(), g.spm(), false)).toList();
        add(new RhythmTruth(segs, truth.strokesMs()), cadences, strokesMs, ALL, true);
    }

    /**
     * The one rhythm scorer: cadence events and detected stroke times (ms since the first frame)
     * against the truth's segments.
     *
     * @param keepPaceOverHolds a hold's grace uses the last rolling pace, however many holds ago
     *                          (the alert table); else the segment just before (none after a hold)
     */
    private void add(RhythmTruth t, List<AnalysisEvent.Cadence> cadences, List<Long> strokesMs, DoublePredicate band,
                     boolean keepPaceOverHolds) {
        Double previousSpm = null;
        for (RhythmTruth.Segment seg : t.segments()) {
            if (seg.sitUp()) {
                previousSpm = null;
                continue;
            }
            if (seg.rolling() && band.test(seg.spm())) {
                rolling(t, cadences, strokesMs, seg, previousSpm);
            } else if (!seg.rolling() && band == ALL) {
                long grace = (previousSpm == null ? 0 : Math.round(60_000 / previousSpm)) + 1000;
                for (AnalysisEvent.Cadence c : cadences) {
                    if (c.timeMs() >= seg.startMs() + grace && c.timeMs() < seg.endMs()) {
                        holdSeconds++;
                        if (c.spm() != null) {
                            holdRolling++;
                        }
                    }
                }
            }
            if (seg.rolling() || !keepPaceOverHolds) {
                previousSpm = seg.spm();
            }
        }
    }

    private void rolling(RhythmTruth t, List<AnalysisEvent.Cadence> cadences, List<Long> strokesMs,
                         RhythmTruth.Segment seg, Double previousSpm) {
        double spm = seg.spm();
        long periodMs = Math.round(60_000 / spm);
        long settle = Math.round(2 * 60_000 / spm) + 2000;
        for (AnalysisEvent.Cadence c : cadences) {
            if (c.timeMs() >= seg.startMs() + settle && c.timeMs() < seg.endMs()) {
                steadySeconds++;
                if (c.spm() != null) {
                    coveredSeconds++;
                    absErrSum += Math.abs(c.spm() - spm);
                }
            }
        }
        long from = seg.startMs() + periodMs / 2;
        long to = seg.endMs() + periodMs / 2;
        long truth = t.strokesBetween(from, to);
        trueStrokes += truth;
        strokeAbsErr += Math.abs(strokesMs.stream().filter(x -> x >= from && x < to).count() - truth);
        if (previousSpm == null || Math.abs(previousSpm - spm) > 0.1 * spm) {
            changes++;
            Double lock = null;
            for (AnalysisEvent.Cadence c : cadences) {
                if (c.timeMs() >= seg.startMs() && c.timeMs() < seg.endMs() && c.spm() != null
                        && Math.abs(c.spm() - spm) <= 0.1 * spm) {
                    lock = (c.timeMs() - seg.startMs()) / (double) periodMs;
                    break;
                }
            }
            if (lock == null) {
                unfound++;
            } else {
                lockStrokes.add(lock);
            }
        }
    }

    public void addAll(RhythmScore o) {
        steadySeconds += o.steadySeconds;
        coveredSeconds += o.coveredSeconds;
        absErrSum += o.absErrSum;
        holdSeconds += o.holdSeconds;
        holdRolling += o.holdRolling;
        trueStrokes += o.trueStrokes;
        strokeAbsErr += o.strokeAbsErr;
        lockStrokes.addAll(o.lockStrokes);
        unfound += o.unfound;
        changes += o.changes;
    }

    public double coverage() {
        return steadySeconds == 0 ? Double.NaN : (double) coveredSeconds / steadySeconds;
    }

    public double cadenceMae() {
        return coveredSeconds == 0 ? Double.NaN : absErrSum / coveredSeconds;
    }

    public double holdsAsRolling() {
        return holdSeconds == 0 ? Double.NaN : (double) holdRolling / holdSeconds;
    }

    public double strokeError() {
        return trueStrokes == 0 ? Double.NaN : (double) strokeAbsErr / trueStrokes;
    }

    /** Median lock time in strokes of the new pace (NaN when no pace was found). */
    public double medianLockStrokes() {
        if (lockStrokes.isEmpty()) {
            return Double.NaN;
        }
        double[] v = lockStrokes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    public long unfound() {
        return unfound;
    }

    public long changes() {
        return changes;
    }
}
