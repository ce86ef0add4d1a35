package io.rollsense.cli;

import io.rollsense.api.PipelineListener;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.session.SessionMetadata;
import io.rollsense.session.SessionRecorder;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Session recording options of the commands that run the live pipeline ({@code live}, {@code demo}):
 * every session is recorded into the library unless {@code --no-record}.
 */
public final class RecordingOptions {
    @Mixin
    LibraryOptions library = new LibraryOptions();

    @Option(names = "--no-record", description = "Do not record this session in the library.")
    boolean noRecord;

    @Option(names = "--pain-before", paramLabel = "0-10", description = "Your back pain now, 0 (none) to 10 (worst), kept with the session.")
    Integer painBefore;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes kept with the session.")
    String notes;

    /**
     * The recorder started by {@link #attach} (also when it failed to start, so views can say
     * "recording failed"), or {@code null} with {@code --no-record} or before attaching.
     */
    SessionRecorder recorder;

    /** Whether the session is being recorded now. */
    boolean recording() {
        return recorder != null && recorder.recording();
    }

    /**
     * Starts a recorder (unless {@code --no-record}) and returns it as the listeners to add; the settings and
     * the calibration file in force (or {@code null}) are kept with the session. A library that
     * cannot be written gives one message on {@code err}; the session then runs unrecorded.
     *
     * @throws IllegalArgumentException when {@code --pain-before} is outside 0..10
     */
    List<PipelineListener> attach(String source, AnalysisSettings settings, AnalysisOptions analysis, PrintWriter err) {
        if (noRecord) {
            return List.of();
        }
        java.nio.file.Path calibration;
        try {
            calibration = analysis.calibrationPath();
        } catch (java.io.IOException e) {
            calibration = null; // an unreadable config stops the command itself; nothing to record then
        }
        String cal = calibration == null ? null : calibration.toAbsolutePath().normalize().toString();
        SessionMetadata meta = new SessionMetadata(VersionProvider.version(), source, settings, cal, notes, painBefore);
        recorder = SessionRecorder.start(library.dir(), meta, msg -> {
            err.println("rollsense: " + msg);
            err.flush();
        });
        return recorder.recording() ? List.of(recorder) : List.of();
    }

    /**
     * After the session: says which session was recorded and how to review it (nothing when it was
     * not recorded, or was dropped because no line ever arrived).
     */
    void sayRecorded(PrintWriter to) {
        if (recorder == null || recorder.id() == null || recorder.file() == null
                || !java.nio.file.Files.exists(recorder.file())) {
            return;
        }
        String id = recorder.id();
        String dir = library.dataDir == null ? "" : " --data-dir " + library.dataDir;
        to.println("Session " + id + " recorded. Review it: rollsense review " + id + dir
                + "   (report: rollsense report " + id + dir + ")");
        to.flush();
    }
}
