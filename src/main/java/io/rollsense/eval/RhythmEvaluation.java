package io.rollsense.eval;

import io.rollsense.core.AnalysisSettings;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.Simulator;
import io.rollsense.sim.alt.AltSession;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;

/**
 * The rhythm figures of a body model, per device kind and per pace band (5–10, 10–20, 20–45
 * strokes/min), as Markdown tables. Model {@code sim}: the first simulator's {@code tour} plus a
 * script of slow, fast and changing paces, at 100 Hz (roller), 50 Hz (balls) and 20 Hz (pad), in kPa.
 * Model {@code alt}: {@link AltSession}s of the second body model (each seed draws its rate,
 * layout, unit and plan; raw devices stay uncalibrated).
 */
public final class RhythmEvaluation {
    /** Slow and fast paces, pace changes, episodes and holds for the first simulator. */
    public static final String PACES_SCRIPT = "steady:50:spm=8,hold:20,steady:40:spm=38,cadence-change:60:spm=12:to=20,"
            + "up:12,steady:75:spm=6,pause:10,steady:40:spm=28,hold:20,drift:40:spm=10,spine:30:spm=14,hard:30:spm=30,"
            + "steady:30:spm=44,hold:15";

    record Band(String name, DoublePredicate test) {
    }

    static final List<Band> BANDS = List.of(new Band("5–10 spm", s -> s < 10),
            new Band("10–20 spm", s -> s >= 10 && s < 20), new Band("20–45 spm", s -> s >= 20));

    private RhythmEvaluation() {
    }

    /** Runs one model over kinds and seeds and prints its tables; returns the pooled score. */
    public static RhythmScore print(String model, List<DeviceKind> kinds, long fromSeed, long toSeed,
                                    AnalysisSettings settings, PrintWriter out) {
        List<String> rows = new ArrayList<>();
        RhythmScore pooled = new RhythmScore();
        List<RhythmScore> bandsPooled = new ArrayList<>();
        for (int b = 0; b < BANDS.size(); b++) {
            bandsPooled.add(new RhythmScore());
        }
        List<String> bandRows = new ArrayList<>();
        for (DeviceKind kind : kinds) {
            RhythmScore all = new RhythmScore();
            List<RhythmScore> bands = new ArrayList<>();
            for (int b = 0; b < BANDS.size(); b++) {
                bands.add(new RhythmScore());
            }
            for (long seed = fromSeed; seed <= toSeed; seed++) {
                for (RhythmRun run : runs(model, kind, seed, settings)) {
                    all.add(run, RhythmScore.ALL);
                    for (int b = 0; b < BANDS.size(); b++) {
                        bands.get(b).add(run, BANDS.get(b).test());
                    }
                }
            }
            rows.add(row(kind.wireName(), all, true));
            pooled.addAll(all);
            for (int b = 0; b < BANDS.size(); b++) {
                bandRows.add(row(kind.wireName() + " " + BANDS.get(b).name(), bands.get(b), false));
                bandsPooled.get(b).addAll(bands.get(b));
            }
        }
        rows.add(row("pooled", pooled, true));
        for (int b = 0; b < BANDS.size(); b++) {
            bandRows.add(row("pooled " + BANDS.get(b).name(), bandsPooled.get(b), false));
        }
        out.printf(Locale.ROOT, "%nrhythm, model %s, seeds %d..%d%n", model, fromSeed, toSeed);
        out.println(HEADER);
        rows.forEach(out::println);
        out.println();
        out.println(HEADER);
        bandRows.forEach(out::println);
        return pooled;
    }

    static final String HEADER = "| model part | coverage | holds as rolling | stroke count error | cadence MAE spm"
            + " | lock median strokes | paces unfound |\n|---|---|---|---|---|---|---|";

    static String row(String name, RhythmScore s, boolean holds) {
        return String.format(Locale.ROOT, "| %s | %.3f | %s | %.1f %% | %.2f | %.2f | %d of %d |", name, s.coverage(),
                holds ? String.format(Locale.ROOT, "%.1f %%", 100 * s.holdsAsRolling()) : "–",
                100 * s.strokeError(), s.cadenceMae(), s.medianLockStrokes(), s.unfound(), s.changes());
    }

    /** The sessions of a model for one kind and seed. */
    static List<RhythmRun> runs(String model, DeviceKind kind, long seed, AnalysisSettings settings) {
        if (model.equals("alt")) {
            return List.of(RhythmRun.of(AltSession.draw(kind, seed), settings));
        }
        if (!model.equals("sim")) {
            throw new IllegalArgumentException("model must be sim or alt, was " + model);
        }
        double rate = switch (kind) {
            case ROLLER -> 100;
            case BALLS -> 50;
            case PAD -> 20;
        };
        List<RhythmRun> out = new ArrayList<>();
        for (String script : List.of("tour", PACES_SCRIPT)) {
            out.add(RhythmRun.of(Simulator.builder().script(script).kind(kind).unit(PressureUnit.KPA).rateHz(rate)
                    .seed(seed).build(), settings));
        }
        return out;
    }
}
