package io.rollsense.eval;

import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Calibration;
import io.rollsense.core.FsrCurve;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The alert table of {@code evaluate}: one scenario over seeds for each device kind, scored by
 * {@link Scores} against the simulator's truth and printed as a Markdown table with a pooled row.
 * A raw-unit device is first calibrated per seed ({@link SimCalibration}) with the given curve.
 * Runs on the calling thread; prints as it goes.
 */
public final class AlertEvaluation {
    private AlertEvaluation() {
    }

    /**
     * Prints the table.
     *
     * @param seeds   first and last seed, inclusive
     * @param details also print per-segment cadences, strokes and alert matches
     */
    public static void print(String scenario, long[] seeds, List<DeviceKind> kinds, PressureUnit unit, FsrCurve.Type curve,
                             boolean details, AnalysisSettings settings, PrintWriter out) {
        Scores pooled = new Scores();
        out.printf(Locale.ROOT, "scenario %s, seeds %d..%d, unit %s%s%n", scenario, seeds[0], seeds[1], unit.wireName(),
                unit == PressureUnit.RAW ? " (calibrated per seed, " + curve.name().toLowerCase(Locale.ROOT) + " curve)" : "");
        out.println(Report.header());
        for (DeviceKind kind : kinds) {
            Scores s = new Scores(details ? out : null);
            for (long seed = seeds[0]; seed <= seeds[1]; seed++) {
                if (details) {
                    out.printf(Locale.ROOT, "-- %s seed %d%n", kind.wireName(), seed);
                }
                double rate = ScenarioRun.rateFor(kind);
                Calibration cal = unit == PressureUnit.RAW ? SimCalibration.calibrate(kind, rate, seed, curve) : null;
                s.add(ScenarioRun.run(scenario, kind, unit, rate, seed, settings, cal));
            }
            out.println(Report.row(kind.wireName() + " @" + (int) ScenarioRun.rateFor(kind) + "Hz", s));
            pooled.addAll(s);
        }
        out.println(Report.row("pooled", pooled));
    }
}
