package io.rollsense.eval;

import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.sim.GroundTruth;
import io.rollsense.sim.TruthInterval;
import java.util.ArrayList;
import java.util.List;

/**
 * Accumulated accuracy of runs against ground truth, with the definitions of docs/accuracy.md:
 * <ul>
 *   <li>alert recall: truth intervals overlapped by an alert of the same kind (alert span extended
 *       by {@link #MATCH_SLACK_MS} on both sides); precision: alerts overlapping a truth interval;</li>
 *   <li>onset latency: device time the alert was delivered minus the truth onset, first match;</li>
 *   <li>cadence, coverage and false rhythm: scored by the one rhythm scorer, {@link RhythmScore}
 *       (settling of two strokes plus 2 s; hold/pause/up seconds after a grace of one stroke of
 *       the last rolling pace plus 1 s count as holds);</li>
 *   <li>stroke count error: |detected - true| / true over each run, pooled as sums.</li>
 * </ul>
 */
public final class Scores {
    static final long MATCH_SLACK_MS = 300;

    /** Where per-segment and per-alert details go ({@code evaluate --details}), or null. */
    private final java.io.PrintWriter details;

    public Scores() {
        this(null);
    }

    public Scores(java.io.PrintWriter details) {
        this.details = details;
    }

    public long truthAlerts;
    long detectedTruth;
    long alerts;
    long truePositiveAlerts;
    final List<Long> latenciesMs = new ArrayList<>();
    /** Cadence, coverage and holds: the one rhythm scorer, with the alert table's rules. */
    private final RhythmScore rhythm = new RhythmScore();
    long trueStrokes;
    long strokeAbsErr;

    public void add(ScenarioRun run) {
        GroundTruth t = run.truth;
        addAlerts(run.alerts(AlertKind.OVERPRESSURE), t.overpressureIntervals());
        addAlerts(run.alerts(AlertKind.SPINE), t.spineIntervals());
        addRhythm(run.cadences(), t);
        trueStrokes += t.strokesMs().length;
        if (details != null) {
            details.println("strokes detected " + run.strokes() + " truth " + t.strokesMs().length);
            strokeDetail(run, t);
        }
        strokeAbsErr += Math.abs(run.strokes() - t.strokesMs().length);
    }

    private void addAlerts(List<long[]> detected, List<TruthInterval> truth) {
        truthAlerts += truth.size();
        alerts += detected.size();
        for (TruthInterval ti : truth) {
            for (long[] a : detected) {
                if (overlaps(a, ti)) {
                    detectedTruth++;
                    latenciesMs.add(a[0] - ti.startMs());
                    if (details != null) {
                        details.println("alert truth " + ti + " detected " + java.util.Arrays.toString(a));
                    }
                    break;
                }
            }
        }
        for (long[] a : detected) {
            if (truth.stream().anyMatch(ti -> overlaps(a, ti))) {
                truePositiveAlerts++;
            } else if (details != null) {
                details.println("false alert " + java.util.Arrays.toString(a));
            }
        }
    }

    private void strokeDetail(ScenarioRun run, GroundTruth t) {
        for (GroundTruth.CadenceSegment seg : t.cadence()) {
            long truth = java.util.Arrays.stream(t.strokesMs()).filter(x -> x >= seg.startMs() && x < seg.endMs()).count();
            long det = run.events.stream().filter(d -> d.event() instanceof AnalysisEvent.Stroke
                    && d.event().timeMs() >= seg.startMs() && d.event().timeMs() < seg.endMs()).count();
            details.println("  " + seg.scenario() + "/" + seg.kind() + " strokes " + det + " truth " + truth);
        }
    }

    private static boolean overlaps(long[] alert, TruthInterval ti) {
        return alert[1] - MATCH_SLACK_MS < ti.endMs() && alert[2] + MATCH_SLACK_MS > ti.startMs();
    }


    private void addRhythm(List<AnalysisEvent.Cadence> cadences, GroundTruth t) {
        if (details != null) {
            for (GroundTruth.CadenceSegment seg : t.cadence()) {
                StringBuilder sb = new StringBuilder();
                for (AnalysisEvent.Cadence c : cadences) {
                    if (c.timeMs() >= seg.startMs() && c.timeMs() < seg.endMs()) {
                        sb.append(c.spm() == null ? "-" : String.valueOf(Math.round(c.spm()))).append(' ');
                    }
                }
                details.println(seg.scenario() + "/" + seg.kind() + " " + seg.spm() + ": " + sb);
            }
        }
        rhythm.addAsHolds(RhythmTruth.of(t), cadences, List.of());
    }

    public void addAll(Scores o) {
        truthAlerts += o.truthAlerts;
        detectedTruth += o.detectedTruth;
        alerts += o.alerts;
        truePositiveAlerts += o.truePositiveAlerts;
        latenciesMs.addAll(o.latenciesMs);
        rhythm.addAll(o.rhythm);
        trueStrokes += o.trueStrokes;
        strokeAbsErr += o.strokeAbsErr;
    }

    double recall() {
        return truthAlerts == 0 ? Double.NaN : (double) detectedTruth / truthAlerts;
    }

    double precision() {
        return alerts == 0 ? Double.NaN : (double) truePositiveAlerts / alerts;
    }

    double medianLatencyMs() {
        return medianLatency();
    }

    double maxLatencyMs() {
        return latenciesMs.stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    private double medianLatency() {
        if (latenciesMs.isEmpty()) {
            return Double.NaN;
        }
        double[] v = latenciesMs.stream().mapToDouble(Long::doubleValue).toArray();
        return new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(v);
    }

    public double cadenceMae() {
        return rhythm.cadenceMae();
    }

    public double coverage() {
        return rhythm.coverage();
    }

    /** Share of hold seconds that report a cadence ({@link RhythmScore#holdsAsRolling()}). */
    public double falseRhythm() {
        return rhythm.holdsAsRolling();
    }

    public double strokeError() {
        return trueStrokes == 0 ? Double.NaN : (double) strokeAbsErr / trueStrokes;
    }
}
