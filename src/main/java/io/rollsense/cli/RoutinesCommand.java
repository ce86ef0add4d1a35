package io.rollsense.cli;

import io.rollsense.routine.Routine;
import io.rollsense.routine.RoutineFileException;
import io.rollsense.routine.RoutineLibrary;
import io.rollsense.sink.RoutineText;
import java.io.PrintWriter;
import java.nio.file.Path;
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
            RoutineText.list(RoutineLibrary.load(), out, err);
            return 0;
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
                        + RoutineText.minutes(r.plannedSeconds()) + ".");
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
        RoutineText.show(r, out);
        return 0;
    }
}
