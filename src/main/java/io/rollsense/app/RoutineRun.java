package io.rollsense.app;

import io.rollsense.api.PipelineControl;
import io.rollsense.api.RecordingControl;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.pipeline.RoutineCoach;
import io.rollsense.routine.Routine;
import io.rollsense.routine.RoutineEvent;
import io.rollsense.sink.RoutineConsole;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A guided routine in a live run ({@code live --routine}, {@code demo --routine}): the settings
 * that follow its pace band, its coach, and the headless keys. Stateless; see each method for
 * its thread.
 */
public final class RoutineRun {
    private RoutineRun() {
    }

    /**
     * The settings with the target cadence band (strokes/min) of the routine's first step, so the
     * rhythm cue of the window and the console follows the routine (the step panel cues each step
     * by its own band).
     */
    public static AnalysisSettings withRoutineBand(AnalysisSettings s, Routine r) {
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
     * alone): a daemon thread {@code routine-keys} reads lines from {@code in}: "p" pauses or
     * resumes, "s" skips the step; a closed stdin ends it quietly.
     */
    static void readKeys(RoutineCoach coach, InputStream in) {
        if (System.console() == null) {
            return;
        }
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    switch (line.strip().toLowerCase(Locale.ROOT)) {
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
