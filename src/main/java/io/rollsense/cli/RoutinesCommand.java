package io.rollsense.cli;

import io.rollsense.routine.Routine;
import io.rollsense.routine.RoutineFileException;
import io.rollsense.routine.RoutineLibrary;
import io.rollsense.routine.RoutineStep;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rollsense routines}: list the guided routines, show one's steps, check a routine file.
 * Exit code 1 when {@code check} finds a problem (one line naming file, line, field, allowed).
 */
@Command(name = "routines", mixinStandardHelpOptions = true,
        description = {"Guided routines: list them, show one's steps, or check a routine file.",
            "  routines               list built-in and your routines",
            "  routines show NAME     print the steps of a routine",
            "  routines check FILE    check a routine file (format: docs/routines.md)",
            "Your routines live in $XDG_CONFIG_HOME/rollsense/routines/ (else ~/.config/rollsense/routines/)."})
final class RoutinesCommand implements Callable<Integer> {
    @Parameters(arity = "0..2", paramLabel = "ACTION", description = "show NAME | check FILE (none: list)")
    java.util.List<String> args = new java.util.ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (args.isEmpty()) {
            return list(out, err);
        }
        String action = args.get(0);
        if (args.size() != 2 || !(action.equals("show") || action.equals("check"))) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "use: routines | routines show NAME | routines check FILE");
        }
        if (action.equals("check")) {
            try {
                Routine r = RoutineLibrary.read(Path.of(args.get(1)));
                out.println(args.get(1) + ": OK, '" + r.name() + "', " + r.steps().size() + " steps, about "
                        + minutes(r.plannedSeconds()) + ".");
                return 0;
            } catch (RoutineFileException e) {
                err.println("rollsense: " + e.getMessage());
                return 1;
            }
        }
        Routine r;
        try {
            r = RoutineLibrary.load().find(args.get(1));
        } catch (RoutineFileException e) {
            err.println("rollsense: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        show(r, out);
        return 0;
    }

    private static int list(PrintWriter out, PrintWriter err) {
        RoutineLibrary lib = RoutineLibrary.load();
        out.println(String.format(Locale.ROOT, "%-32s %-7s %5s %8s  %s", "routine", "device", "steps", "length", "from"));
        for (Routine r : lib.routines()) {
            out.println(String.format(Locale.ROOT, "%-32s %-7s %5d %8s  %s", r.name(), r.deviceText(), r.steps().size(),
                    minutes(r.plannedSeconds()), lib.isBuiltIn(r) ? "built-in" : lib.userDir()));
        }
        for (RoutineFileException p : lib.problems()) {
            err.println("rollsense: skipped " + p.getMessage());
        }
        out.println("Run one: rollsense demo --routine NAME, or live --routine NAME. Steps: routines show NAME.");
        return 0;
    }

    /** Prints a routine's steps, one block each. */
    static void show(Routine r, PrintWriter out) {
        out.println(r.name() + " (" + r.deviceText() + ", " + r.steps().size() + " steps, about " + minutes(r.plannedSeconds()) + ")");
        if (!r.description().isEmpty()) {
            out.println(r.description());
        }
        for (int i = 0; i < r.steps().size(); i++) {
            RoutineStep s = r.steps().get(i);
            out.println();
            out.println((i + 1) + ". " + s.title() + " - " + s.lengthText() + ", " + s.whereText());
            out.println("   pace " + s.cadence().text() + ", pressure " + s.pressure().text() + ", spine: "
                    + (s.spine() == io.rollsense.routine.SpineRule.NEVER ? "never" : "brief crossings only")
                    + (s.restSeconds() > 0 ? ", then rest " + Math.round(s.restSeconds()) + " s" : ""));
            out.println("   " + s.instruction());
        }
    }

    static String minutes(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d:%02d min", s / 60, s % 60);
    }
}
