package io.rollsense.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code evaluate}'s checks on real recordings: the rhythm detector on every gaitpdb foot and every
 * FeLT trial in a folder (by default the repository's {@code data/}, found by {@link DataFolders}),
 * printed as tables ({@link Report}). A missing folder is a one-line note, not an error.
 * Runs on the calling thread.
 */
public final class RealDataChecks {
    private RealDataChecks() {
    }

    /** The given folder, else the repository's data/NAME; null (with a note) when there is none. */
    private static Path folder(PrintWriter out, Path given, String name, String option) {
        Path dir = given != null ? given : DataFolders.find(name).orElse(null);
        if (dir == null || !Files.isDirectory(dir)) {
            out.println();
            out.println("(" + name + " check skipped: " + (given != null ? given + " is not a folder"
                    : "no data/" + name + " in the working directory or beside the program") + "; pass " + option + " DIR)");
            return null;
        }
        return dir;
    }

    /** The gait table, from {@code dir} or the repository's data/gaitpdb; a note when there is none. */
    public static void gait(PrintWriter out, Path dir) throws IOException {
        Path gait = folder(out, dir, "gaitpdb", "--gait");
        if (gait == null) {
            return;
        }
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

    /** The FeLT table, from {@code dir} or the repository's data/felt; a note when there is none. */
    public static void felt(PrintWriter out, Path dir) throws IOException {
        Path felt = folder(out, dir, "felt", "--felt");
        if (felt == null) {
            return;
        }
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
}
