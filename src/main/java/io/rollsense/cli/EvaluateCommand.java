package io.rollsense.cli;

import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.FsrCurve;
import io.rollsense.eval.AlertEvaluation;
import io.rollsense.eval.RealDataChecks;
import io.rollsense.eval.RhythmEvaluation;
import io.rollsense.eval.ScenarioRun;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rollsense evaluate}: the detectors against simulator ground truth (per device kind and
 * pooled) and the rhythm detector against real gait recordings. Definitions in
 * {@link io.rollsense.eval.Scores}, {@link io.rollsense.eval.RhythmScore} and
 * docs/accuracy.md.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure the detectors against simulator ground truth and real gait recordings.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "SCRIPT", defaultValue = "tour",
            description = "Simulator scenario script (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--seeds", paramLabel = "FROM..TO", defaultValue = "101..104",
            description = "Seeds to run (default ${DEFAULT-VALUE}; the detectors were tuned on seeds 1..3).")
    String seeds;

    @Option(names = "--kinds", split = ",", paramLabel = "KIND", defaultValue = "roller,balls,pad",
            description = "Device kinds (default ${DEFAULT-VALUE}).")
    List<String> kinds;

    @Option(names = "--gait", paramLabel = "DIR",
            description = "gaitpdb folder for the real-data rhythm check (default: the repository's data/gaitpdb).")
    Path gait;

    @Option(names = "--felt", paramLabel = "DIR",
            description = "FeLT wiping data folder for a left/right-balance rhythm check (default: the repository's data/felt).")
    Path felt;

    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "kPa",
            description = "Device unit: kPa, N, or raw (each seed's device is first calibrated in a"
                    + " calibration session against the simulator's known pressures; default ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--fit", paramLabel = "CURVE", defaultValue = "power",
            description = "Curve fitted for raw devices: power, poly or linear (default ${DEFAULT-VALUE}).")
    String fit;

    @Option(names = "--details", description = "Also print per-segment cadences, strokes and alert matches.")
    boolean details;

    @Option(names = "--models", split = ",", paramLabel = "MODEL", defaultValue = "sim,alt",
            description = "Body models for the rhythm tables: sim (the first simulator), alt (the second,"
                    + " written apart; default ${DEFAULT-VALUE}).")
    List<String> models;

    @Option(names = "--rhythm-seeds", paramLabel = "FROM..TO", defaultValue = "101..110",
            description = "Seeds of the rhythm tables (default ${DEFAULT-VALUE}; tuning used seeds 1..5).")
    String rhythmSeeds;

    @Option(names = "--rhythm-only", description = "Only the rhythm tables (skip alerts, gaitpdb and FeLT).")
    boolean rhythmOnly;

    @Mixin
    AnalysisOptions analysis;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AnalysisSettings settings = analysis.settings();
        long[] range = ScenarioRun.parseSeeds(seeds);
        PressureUnit pu = PressureUnit.fromWire(unit);
        if (pu == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--unit must be kPa, N or raw, was '" + unit + "'");
        }
        FsrCurve.Type curve;
        try {
            curve = FsrCurve.Type.valueOf(fit.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--fit must be power, poly or linear, was '" + fit + "'");
        }
        List<DeviceKind> kindList = new ArrayList<>();
        for (String k : kinds) {
            DeviceKind kind = DeviceKind.fromWire(k);
            if (kind == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown kind '" + k + "'");
            }
            kindList.add(kind);
        }
        long[] rs = ScenarioRun.parseSeeds(rhythmSeeds);
        for (String model : models) {
            RhythmEvaluation.print(model, kindList, rs[0], rs[1], settings, out);
        }
        out.flush();
        if (rhythmOnly) {
            return 0;
        }
        AlertEvaluation.print(scenario, range, kindList, pu, curve, details, settings, out);
        RealDataChecks.gait(out, gait);
        RealDataChecks.felt(out, felt);
        out.flush();
        return 0;
    }
}
