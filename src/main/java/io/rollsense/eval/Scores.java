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
 *   <li>cadence: per cadence second inside a steady segment, after a settling time of two strokes
 *       plus 2 s; MAE over seconds with a cadence, coverage = share with a cadence;</li>
 *   <li>false rhythm: share of seconds in hold/pause/up segments, after a grace of one stroke
 *       period of the preceding rolling plus 1 s, that report a cadence;</li>
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
    double cadenceAbsErrSum;
    long cadenceSeconds;
    long steadySeconds;
    long holdSeconds;
    long falseRhythmSeconds;
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
        Double previousSpm = null;
        for (GroundTruth.CadenceSegment seg : t.cadence()) {
            if (details != null) {
                StringBuilder sb = new StringBuilder();
                for (AnalysisEvent.Cadence c : cadences) {
                    if (c.timeMs() >= seg.startMs() && c.timeMs() < seg.endMs()) {
                        sb.append(c.spm() == null ? "-" : String.valueOf(Math.round(c.spm()))).append(' ');
                    }
                }
                details.println(seg.scenario() + "/" + seg.kind() + " " + seg.spm() + ": " + sb);
            }
            if (seg.spm() != null) {
                long settle = Math.round(2 * 60_000 / seg.spm()) + 2000;
                for (AnalysisEvent.Cadence c : cadences) {
                    if (c.timeMs() >= seg.startMs() + settle && c.timeMs() < seg.endMs()) {
                        steadySeconds++;
                        if (c.spm() != null) {
                            cadenceSeconds++;
                            cadenceAbsErrSum += Math.abs(c.spm() - seg.spm());
                        }
                    }
                }
                previousSpm = seg.spm();
            } else {
                long grace = (previousSpm == null ? 0 : Math.round(60_000 / previousSpm)) + 1000;
                for (AnalysisEvent.Cadence c : cadences) {
                    if (c.timeMs() >= seg.startMs() + grace && c.timeMs() < seg.endMs()) {
                        holdSeconds++;
                        if (c.spm() != null) {
                            falseRhythmSeconds++;
                        }
                    }
                }
            }
        }
    }

    public void addAll(Scores o) {
        truthAlerts += o.truthAlerts;
        detectedTruth += o.detectedTruth;
        alerts += o.alerts;
        truePositiveAlerts += o.truePositiveAlerts;
        latenciesMs.addAll(o.latenciesMs);
        cadenceAbsErrSum += o.cadenceAbsErrSum;
        cadenceSeconds += o.cadenceSeconds;
        steadySeconds += o.steadySeconds;
        holdSeconds += o.holdSeconds;
        falseRhythmSeconds += o.falseRhythmSeconds;
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
        return percentile(50);
    }

    double maxLatencyMs() {
        return latenciesMs.stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    private double percentile(double p) {
        if (latenciesMs.isEmpty()) {
            return Double.NaN;
        }
        double[] v = latenciesMs.stream().mapToDouble(Long::doubleValue).toArray();
        return new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(v);
    }

    public double cadenceMae() {
        return cadenceSeconds == 0 ? Double.NaN : cadenceAbsErrSum / cadenceSeconds;
    }

    public double coverage() {
        return steadySeconds == 0 ? Double.NaN : (double) cadenceSeconds / steadySeconds;
    }

    public double falseRhythm() {
        return holdSeconds == 0 ? Double.NaN : (double) falseRhythmSeconds / holdSeconds;
    }

    public double strokeError() {
        return trueStrokes == 0 ? Double.NaN : (double) strokeAbsErr / trueStrokes;
    }
}
