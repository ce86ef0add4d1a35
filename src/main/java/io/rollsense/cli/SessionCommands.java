package io.rollsense.cli;

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

/** Small helpers shared by the session commands. */
final class SessionCommands {
    private SessionCommands() {
    }

    /**
     * Loads a session with its frames for one device ({@code null}: the first to say hello), telling
     * the user on {@code err} what a damaged file skipped and which device of several is shown.
     */
    static SessionData load(Path file, String device, PrintWriter err) throws IOException {
        SessionData data = SessionData.load(file, false, device);
        warnSkipped(data, err);
        if (device == null && data.deviceIds().size() > 1) {
            err.println("rollsense: " + file + " holds " + data.deviceIds().size() + " devices ("
                    + String.join(", ", data.deviceIds()) + "); showing " + data.hello().deviceId()
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

    /** Settings and calibration to analyse a recorded session with. */
    record Analysis(AnalysisSettings settings, Calibration calibration, Path calibrationPath) {
    }

    /**
     * What re-analysing a session uses: the settings recorded in the session, each replaced by an
     * analysis option only when that option is given (command line or config file); the {@code --calibration} file, else the recorded one when it still
     * exists (else none, with a warning), so that the live run's events come out again.
     */
    static Analysis forSession(AnalysisOptions options, JsonNode header, PrintWriter err) throws IOException {
        AnalysisSettings settings = options.settingsOver(SessionMetadata.settingsFrom(header));
        Path cal = options.calibrationPath();
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
