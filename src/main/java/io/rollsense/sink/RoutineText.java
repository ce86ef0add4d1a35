package io.rollsense.sink;

import io.rollsense.routine.Routine;
import io.rollsense.routine.RoutineFileException;
import io.rollsense.routine.RoutineLibrary;
import io.rollsense.routine.RoutineStep;
import io.rollsense.routine.SpineRule;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Guided routines as text ({@code rollsense routines}): the library as a table (name, device,
 * steps, planned length m:ss, where it comes from) and one routine's steps (pace in strokes/min,
 * pressure band in kPa, spine rule, rest in s). Stateless; the caller owns and flushes the writers.
 */
public final class RoutineText {
    private RoutineText() {
    }

    /** The routines of {@code lib}, then one line on {@code err} for each routine file it skipped. */
    public static void list(RoutineLibrary lib, PrintWriter out, PrintWriter err) {
        out.println(String.format(Locale.ROOT, "%-32s %-7s %5s %8s  %s", "routine", "device", "steps", "length", "from"));
        for (Routine r : lib.routines()) {
            out.println(String.format(Locale.ROOT, "%-32s %-7s %5d %8s  %s", r.name(), r.deviceText(), r.steps().size(),
                    minutes(r.plannedSeconds()), lib.isBuiltIn(r) ? "built-in" : lib.userDir()));
        }
        for (RoutineFileException p : lib.problems()) {
            err.println("rollsense: skipped " + p.getMessage());
        }
        out.println("Run one: rollsense demo --routine NAME, or live --routine NAME. Steps: routines show NAME.");
    }

    /** A routine's steps, one block each. */
    public static void show(Routine r, PrintWriter out) {
        out.println(r.name() + " (" + r.deviceText() + ", " + r.steps().size() + " steps, about " + minutes(r.plannedSeconds()) + ")");
        if (!r.description().isEmpty()) {
            out.println(r.description());
        }
        for (int i = 0; i < r.steps().size(); i++) {
            RoutineStep s = r.steps().get(i);
            out.println();
            out.println((i + 1) + ". " + s.title() + " - " + s.lengthText() + ", " + s.whereText());
            out.println("   pace " + s.cadence().text() + ", pressure " + s.pressure().text() + ", spine: "
                    + (s.spine() == SpineRule.NEVER ? "never" : "brief crossings only")
                    + (s.restSeconds() > 0 ? ", then rest " + Math.round(s.restSeconds()) + " s" : ""));
            out.println("   " + s.instruction());
        }
    }

    /** A length in seconds as "45 s" under a minute, else "m:ss min". */
    public static String minutes(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d:%02d min", s / 60, s % 60);
    }
}
