package io.rollsense.cli;

import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Calibration;
import io.rollsense.core.FsrCurve;
import io.rollsense.eval.DataFolders;
import io.rollsense.eval.FeltReplay;
import io.rollsense.eval.GaitReplay;
import io.rollsense.eval.Report;
import io.rollsense.eval.ScenarioRun;
import io.rollsense.eval.Scores;
import io.rollsense.eval.SimCalibration;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rollsense evaluate}: the detectors against simulator ground truth (per device kind and
 * pooled) and the rhythm detector against real gait recordings. Definitions in {@link Scores} and
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

    /** Frame rate per kind, so the evaluation covers the 20–200 Hz range. */
    static double rateFor(DeviceKind kind) {
        return switch (kind) {
            case ROLLER -> 100;
            case BALLS -> 50;
            case PAD -> 20;
        };
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AnalysisSettings settings = analysis.settings();
        long[] range = parseSeeds(seeds);
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
        long[] rs = parseSeeds(rhythmSeeds);
        for (String model : models) {
            io.rollsense.eval.RhythmEvaluation.print(model, kindList, rs[0], rs[1], settings, out);
        }
        out.flush();
        if (rhythmOnly) {
            return 0;
        }
        Scores pooled = new Scores();
        out.printf(Locale.ROOT, "scenario %s, seeds %d..%d, unit %s%s%n", scenario, range[0], range[1], unit,
                pu == PressureUnit.RAW ? " (calibrated per seed, " + fit + " curve)" : "");
        out.println(Report.header());
        for (String k : kinds) {
            DeviceKind kind = DeviceKind.fromWire(k);
            if (kind == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown kind '" + k + "'");
            }
            Scores s = new Scores(details ? out : null);
            for (long seed = range[0]; seed <= range[1]; seed++) {
                if (details) {
                    out.printf(Locale.ROOT, "-- %s seed %d%n", k, seed);
                }
                Calibration cal = pu == PressureUnit.RAW ? SimCalibration.calibrate(kind, rateFor(kind), seed, curve) : null;
                s.add(ScenarioRun.run(scenario, kind, pu, rateFor(kind), seed, settings, cal));
            }
            out.println(Report.row(k + " @" + (int) rateFor(kind) + "Hz", s));
            pooled.addAll(s);
        }
        out.println(Report.row("pooled", pooled));
        Path gaitDir = realData(out, gait, "gaitpdb", "--gait");
        if (gaitDir != null) {
            printGait(out, gaitDir);
        }
        Path feltDir = realData(out, felt, "felt", "--felt");
        if (feltDir != null) {
            printFelt(out, feltDir);
        }
        out.flush();
        return 0;
    }

    /** The given folder, else the repository's data/NAME; null (with a note) when there is none. */
    private static Path realData(PrintWriter out, Path given, String name, String option) {
        Path dir = given != null ? given : DataFolders.find(name).orElse(null);
        if (dir == null || !Files.isDirectory(dir)) {
            out.println();
            out.println("(" + name + " check skipped: " + (given != null ? given + " is not a folder"
                    : "no data/" + name + " in the working directory or beside the program") + "; pass " + option + " DIR)");
            return null;
        }
        return dir;
    }

    private static void printGait(PrintWriter out, Path gait) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(gait)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<GaitReplay.Result> results = new ArrayList<>();
        for (Path f : files) {
            results.add(GaitReplay.run(f, true, 40));
            results.add(GaitReplay.run(f, false, 40));
        }
        out.println();
        out.println(Report.gait(results));
    }

    private static void printFelt(PrintWriter out, Path felt) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(felt)) {
            files = s.filter(p -> p.getFileName().toString().equals("sensor_comb.csv")).sorted().toList();
        }
        List<FeltReplay.Result> results = new ArrayList<>();
        for (Path f : files) {
            results.add(FeltReplay.run(f));
        }
        out.println();
        out.println(Report.felt(results));
    }

    static long[] parseSeeds(String text) {
        String[] p = text.split("\\.\\.");
        try {
            long a = Long.parseLong(p[0].strip());
            long b = p.length > 1 ? Long.parseLong(p[1].strip()) : a;
            if (b < a) {
                throw new IllegalArgumentException("seeds must be FROM..TO with FROM <= TO, was " + text);
            }
            return new long[] {a, b};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seeds must be FROM..TO, was " + text, e);
        }
    }
}
