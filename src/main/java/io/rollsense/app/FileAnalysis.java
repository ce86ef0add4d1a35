package io.rollsense.app;

import io.rollsense.api.RunSummary;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Analyzer;
import io.rollsense.core.Calibration;
import io.rollsense.core.EventSink;
import io.rollsense.pipeline.CaptureAnalysis;
import io.rollsense.pipeline.SummaryCollector;
import io.rollsense.sink.AnalysisText;
import io.rollsense.sink.EventJson;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code analyze} of one capture or session file at full speed, on the calling thread: the events
 * as text or JSON lines on {@code out}, the summary last; warnings (raw counts without a
 * calibration, device time jumps) and the reason a file could not be analysed go to {@code err},
 * one line each. I/O errors are thrown and name the file.
 */
public final class FileAnalysis {
    private FileAnalysis() {
    }

    /**
     * Analyses {@code file} and prints what it found.
     *
     * @param calibration the calibration, or {@code null} for the identity
     * @param device      for a session with several devices: which one ({@code null}: the first)
     * @return 0 when analysed, 1 when the file holds nothing to analyse or could not be analysed
     */
    public static int run(Path file, AnalysisSettings settings, Calibration calibration, String device, boolean json,
                          PrintWriter out, PrintWriter err) throws java.io.IOException {
        SummaryCollector collector = new SummaryCollector(settings);
        EventJson writer = json ? new EventJson(out) : null;
        EventSink sink = writer == null ? collector : e -> {
            collector.accept(e);
            writer.event(e);
        };
        CaptureAnalysis run = new CaptureAnalysis(settings, calibration, sink);
        run.notices = msg -> err.println("rollsense: " + msg);
        run.deviceId = device;
        RunSummary s = run.run(file, collector);
        if (s.uncalibratedRaw()) {
            err.println("rollsense: warning: " + file + " holds raw sensor counts and no"
                    + " --calibration was given: counts are read as kPa, so pressures and alerts mean nothing"
                    + " (see docs/calibration.md)");
            err.flush();
        }
        if (run.timeJumps() > 0) {
            err.println("rollsense: " + file + ": device time jumped ahead by more than "
                    + Analyzer.MAX_TIME_JUMP_MS / 1000 + " s " + run.timeJumps()
                    + " time(s); each jump is a gap, not analysis time (see firmware-protocol/PROTOCOL.md)");
        }
        if (writer != null) {
            writer.summary(s);
        } else {
            AnalysisText.print(out, file, s, collector.alerts);
        }
        out.flush();
        if (s.deviceId() == null && s.decoder().frames() == 0) {
            return fail(err, file + " holds no valid hello or frame line: it is neither a capture nor a session"
                    + " (rollsense check " + file + " shows what it holds)");
        }
        if (run.notAnalysedReason() != null) {
            return fail(err, file + ": " + run.notAnalysedReason());
        }
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("rollsense: " + message);
        err.flush();
        return 1;
    }
}
