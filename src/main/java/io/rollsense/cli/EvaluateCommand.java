package io.rollsense.cli;

import io.rollsense.core.AnalysisSettings;
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

    @Option(names = "--gait", paramLabel = "DIR", defaultValue = "../shared/data/gaitpdb",
            description = "gaitpdb folder for the real-data rhythm check; skipped when missing (default ${DEFAULT-VALUE}).")
    Path gait;

    @Option(names = "--details", description = "Also print per-segment cadences, strokes and alert matches.")
    boolean details;

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
        Scores pooled = new Scores();
        out.printf(Locale.ROOT, "scenario %s, seeds %d..%d%n", scenario, range[0], range[1]);
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
                s.add(ScenarioRun.run(scenario, kind, PressureUnit.KPA, rateFor(kind), seed, settings));
            }
            out.println(Report.row(k + " @" + (int) rateFor(kind) + "Hz", s));
            pooled.addAll(s);
        }
        out.println(Report.row("pooled", pooled));
        if (Files.isDirectory(gait)) {
            printGait(out);
        }
        out.flush();
        return 0;
    }

    private void printGait(PrintWriter out) throws Exception {
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
