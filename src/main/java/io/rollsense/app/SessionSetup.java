package io.rollsense.app;

import io.rollsense.session.CalibrationFiles;
import com.fasterxml.jackson.databind.JsonNode;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Calibration;
import io.rollsense.session.SessionData;
import io.rollsense.session.SessionMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opening a recorded session for the commands that read one (analyze, review, report, export):
 * which device of several is shown, what a damaged file skipped, and the settings and calibration
 * a re-analysis uses so the live run's events come out again. Messages for the user go to the
 * given writer as one line each; I/O errors name the file. Stateless; any thread.
 */
public final class SessionSetup {
    private SessionSetup() {
    }

    /**
     * Loads a session with its frames for one device ({@code null}: the first to say hello), telling
     * the user on {@code err} what a damaged file skipped and which device of several is shown.
     */
    public static SessionData load(Path file, String device, PrintWriter err) throws IOException {
        SessionData data = SessionData.load(file, false, device);
        warnSkipped(data, err);
        if (device == null && data.deviceIds().size() > 1) {
            err.println("rollsense: " + file + " holds " + io.rollsense.session.DeviceNames.counted(data.deviceIds())
                    + "; showing " + data.hello().deviceId()
                    + " (choose with --device)");
            err.flush();
        }
        return data;
    }

    /** Tells the user what a corrupted or truncated session file skipped, if anything. */
    private static void warnSkipped(SessionData data, PrintWriter err) {
        String msg = data.readResult().skippedMessage();
        if (msg != null) {
            err.println("rollsense: " + data.file() + ": " + msg + "; showing what it holds");
            err.flush();
        }
    }

    /** The analysis options over a base: each given option replaces the base's value. */
    @FunctionalInterface
    public interface SettingsOver {
        AnalysisSettings over(AnalysisSettings base) throws IOException;
    }

    /** Settings and calibration to analyse a recorded session with. */
    public record Analysis(AnalysisSettings settings, Calibration calibration, Path calibrationPath) {
    }

    /**
     * What re-analysing a session uses: the settings recorded in the session, each replaced by an
     * analysis option only when that option is given (command line or config file); the
     * {@code --calibration} file ({@code calibrationOption}, or {@code null}), else the recorded one
     * when it still exists (else none, with a warning), so that the live run's events come out again.
     */
    public static Analysis forSession(SettingsOver options, Path calibrationOption, JsonNode header, PrintWriter err)
            throws IOException {
        AnalysisSettings settings = options.over(SessionMetadata.settingsFrom(header));
        Path cal = calibrationOption;
        if (cal == null && header.path("calibration").isTextual()) {
            Path recorded = Path.of(header.get("calibration").asText());
            if (Files.isRegularFile(recorded)) {
                cal = recorded;
            } else {
                err.println("rollsense: warning: the session was recorded with calibration " + recorded
                        + ", which is not there now; analysing without calibration (give --calibration FILE)");
                err.flush();
            }
        }
        return new Analysis(settings, cal == null ? null : CalibrationFiles.load(cal), cal);
    }
}
