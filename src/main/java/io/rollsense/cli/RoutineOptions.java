package io.rollsense.cli;

import io.rollsense.api.PipelineControl;
import io.rollsense.api.RecordingControl;
import io.rollsense.pipeline.RoutineCoach;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.routine.Routine;
import io.rollsense.routine.RoutineEvent;
import io.rollsense.routine.RoutineFileException;
import io.rollsense.routine.RoutineLibrary;
import io.rollsense.sink.RoutineConsole;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --routine NAME} for {@code live} and {@code demo}: runs a guided routine (built-in, the
 * user's, or a routine file) with the session. Headless, the routine's steps and verdicts are
 * printed, and lines typed on stdin control it: {@code p} pauses or resumes, {@code s} skips the
 * step (or rest); stopping (Ctrl-C, {@code --duration}) keeps what was done.
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

    /**
     * The settings with the target cadence band of the routine's first step, so the rhythm cue of
     * the window and the console follows the routine (the step panel cues each step by its own band).
     */
    static AnalysisSettings withRoutineBand(AnalysisSettings s, Routine r) {
        var band = r.steps().get(0).cadence();
        return new AnalysisSettings(s.overpressureKpa(), s.spineKpa(), s.spineZoneMm(), s.minAlertMs(), band.minSpm(),
                band.maxSpm());
    }

    /**
     * A coach for the routine: records into {@code recording}, prints to {@code out} when
     * {@code console}, and stops the pipeline through {@code control} when the routine finishes.
     */
    static RoutineCoach coach(Routine routine, AnalysisSettings settings, RecordingControl recording, List<Long> skipsMs,
                              PrintWriter out, boolean console, PipelineControl control) {
        RoutineCoach coach = new RoutineCoach(routine, settings, recording, skipsMs);
        if (console) {
            coach.addListener(new RoutineConsole(out));
        }
        coach.addListener(e -> {
            if (e instanceof RoutineEvent.Finished && control != null) {
                control.stop();
            }
        });
        return coach;
    }

    /**
     * Headless keys, on an interactive terminal only (stdin of a pipe or a test runner is left
     * alone): a daemon thread reads lines from {@code in}: "p" pauses/resumes, "s" skips.
     */
    static void readKeys(RoutineCoach coach, InputStream in) {
        if (System.console() == null) {
            return;
        }
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    switch (line.strip().toLowerCase(java.util.Locale.ROOT)) {
                        case "p" -> coach.togglePause();
                        case "s" -> coach.skip();
                        default -> {
                            // anything else is ignored
                        }
                    }
                }
            } catch (IOException e) {
                // stdin closed: no keys
            }
        }, "routine-keys");
        t.setDaemon(true);
        t.start();
    }
}
