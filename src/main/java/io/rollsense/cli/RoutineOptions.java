package io.rollsense.cli;

import io.rollsense.routine.Routine;
import io.rollsense.routine.RoutineFileException;
import io.rollsense.routine.RoutineLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --routine NAME} for {@code live} and {@code demo}: runs a guided routine (built-in, the
 * user's, or a routine file) with the session; what it does in the run is
 * {@link io.rollsense.app.RoutineRun}.
 */
final class RoutineOptions {
    @Option(names = "--routine", paramLabel = "NAME",
            description = "Guide a routine step by step and judge each step (`routines` lists them; or a routine file).")
    String routineName;

    /** Whether a routine was asked for. */
    boolean on() {
        return routineName != null;
    }

    /**
     * The routine asked for.
     *
     * @throws IllegalArgumentException when no routine has that name or the file is bad (one message)
     */
    Routine routine() {
        try {
            return RoutineLibrary.load().find(routineName);
        } catch (RoutineFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The routine asked for; a usage error (exit 2) when no routine has that name or its file is bad. */
    Routine routineOrUsage(CommandSpec spec) {
        try {
            return routine();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
