package io.rollsense.eval;

import java.util.List;
import java.util.Locale;

/** Text tables of the evaluation (Markdown, so they paste into docs/accuracy.md). */
public final class Report {
    private Report() {
    }

    public static String header() {
        return "| kind | alerts (truth) | recall | precision | median onset ms | max onset ms | cadence MAE spm"
                + " | coverage | false rhythm in holds | stroke count error |\n"
                + "|---|---|---|---|---|---|---|---|---|---|";
    }

    public static String row(String name, Scores s) {
        return String.format(Locale.ROOT, "| %s | %d (%d) | %s | %s | %s | %s | %s | %s | %s | %s |", name, s.alerts,
                s.truthAlerts, f3(s.recall()), f3(s.precision()), f0(s.medianLatencyMs()), f0(s.maxLatencyMs()),
                f2(s.cadenceMae()), f3(s.coverage()), pct(s.falseRhythm()), pct(s.strokeError()));
    }

    public static String gait(List<GaitReplay.Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| gaitpdb foot @40 Hz | true spm | cadence error % | coverage | strokes | strides |\n");
        sb.append("|---|---|---|---|---|---|\n");
        double sum = 0;
        double worst = 0;
        double cov = 0;
        for (GaitReplay.Result r : results) {
            sb.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.3f | %d | %d |%n", r.name(), r.truthSpm(),
                    r.meanAbsPctError(), r.coverage(), r.strokes(), r.strides()));
            sum += r.meanAbsPctError();
            worst = Math.max(worst, r.meanAbsPctError());
            cov += r.coverage();
        }
        sb.append(String.format(Locale.ROOT, "| **mean of %d** | | **%.2f** (worst %.2f) | %.3f | | |", results.size(),
                sum / results.size(), worst, cov / results.size()));
        return sb.toString();
    }

    public static String felt(List<FeltReplay.Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| FeLT wiping trial @60 Hz | reference spm (FFT) | mean reported spm | error of the mean % |"
                + " per-second deviation % | coverage |\n");
        sb.append("|---|---|---|---|---|---|");
        for (FeltReplay.Result r : results) {
            sb.append(String.format(Locale.ROOT, "%n| %s | %.1f | %.1f | %.1f | %.1f | %.3f |", r.name(), r.referenceSpm(),
                    r.meanSpm(), 100 * Math.abs(r.meanSpm() - r.referenceSpm()) / r.referenceSpm(), r.meanAbsPctError(),
                    r.coverage()));
        }
        return sb.toString();
    }

    private static String f3(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String f2(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String f0(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }
}
