package io.rollsense.cli;

import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Calibration;
import io.rollsense.core.EventSink;
import io.rollsense.pipeline.CaptureAnalysis;
import io.rollsense.pipeline.RunSummary;
import io.rollsense.pipeline.SummaryCollector;
import io.rollsense.protocol.BadLineCategory;
import io.rollsense.sink.EventJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rollsense analyze FILE [--json] [analysis options]}: the core over a capture, at full speed. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse a capture (hello + frame lines) or a recorded session at full speed: alerts, strokes, cadence, summary.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Capture file (wire protocol v1 lines) or recorded session file (.rsession).")
    Path file;

    @Option(names = "--json", description = "JSON lines: alert, stroke, cadence (1/s), summary last.")
    boolean json;

    @Option(names = "--device", paramLabel = "ID",
            description = "For a recorded session with several devices (live --device +): which one (default: the first).")
    String device;

    @Mixin
    AnalysisOptions analysis;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AnalysisSettings settings = analysis.settings();
        Path calPath = analysis.calibrationPath();
        Calibration cal = calPath == null ? null : Calibration.load(calPath);
        if (io.rollsense.session.SessionReader.isSession(file)) { // a recorded session: as it ran live by default
            SessionCommands.Analysis a = SessionCommands.forSession(analysis,
                    io.rollsense.session.SessionReader.readHeader(file), spec.commandLine().getErr());
            settings = a.settings();
            cal = a.calibration();
        }
        SummaryCollector collector = new SummaryCollector(settings);
        EventJson writer = json ? new EventJson(out) : null;
        EventSink sink = writer == null ? collector : e -> {
            collector.accept(e);
            writer.event(e);
        };
        CaptureAnalysis run = new CaptureAnalysis(settings, cal, sink);
        run.notices = msg -> spec.commandLine().getErr().println("rollsense: " + msg);
        run.deviceId = device;
        RunSummary s = run.run(file, collector);
        if (s.uncalibratedRaw()) {
            spec.commandLine().getErr().println("rollsense: warning: " + file + " holds raw sensor counts and no"
                    + " --calibration was given: counts are read as kPa, so pressures and alerts mean nothing"
                    + " (see docs/calibration.md)");
            spec.commandLine().getErr().flush();
        }
        if (writer != null) {
            writer.summary(s);
        } else {
            printReadable(out, s, collector);
        }
        out.flush();
        return 0;
    }

    private void printReadable(PrintWriter out, RunSummary s, SummaryCollector c) {
        out.printf(Locale.ROOT, "%s: %s%n", file, s.deviceId() == null ? "no hello found" : s.deviceId() + " (" + s.kind() + ")");
        out.printf(Locale.ROOT, "  duration      %s (%d frames analysed, %d dropped, %d skipped)%n",
                clock(s.durationMs()), s.framesAnalysed(), s.decoder().droppedFrames(), s.skippedFrames());
        StringBuilder bad = new StringBuilder();
        for (BadLineCategory cat : BadLineCategory.values()) {
            long n = s.decoder().badByCategory().getOrDefault(cat, 0L);
            if (n > 0) {
                bad.append(bad.length() == 0 ? " (" : ", ").append(cat.key()).append(' ').append(n);
            }
        }
        out.printf(Locale.ROOT, "  bad lines     %d%s%n", s.decoder().badLines(), bad.length() == 0 ? "" : bad + ")");
        out.printf(Locale.ROOT, "  strokes       %d%n", s.strokes());
        if (Double.isNaN(s.meanSpm())) {
            out.println("  cadence       no rolling rhythm found");
        } else {
            out.printf(Locale.ROOT, "  cadence       %.1f strokes/min on average, rolling %.0f %% of the time, %.0f %% of it in the target band%n",
                    s.meanSpm(), 100 * s.rollingShare(), 100 * s.inTargetShare());
        }
        out.printf(Locale.ROOT, "  alerts        %d overpressure, %d spine%n", s.overpressureAlerts(), s.spineAlerts());
        for (AnalysisEvent.AlertCleared a : c.alerts) {
            out.printf(Locale.ROOT, "    %-12s %s - %s  peak %.1f kPa on channel %d (threshold %.0f kPa)%n",
                    a.kind().key(), clock(a.startMs()), clock(a.endMs()), a.peakKpa(), a.channel(), a.thresholdKpa());
        }
    }

    static String clock(long ms) {
        long s = ms / 1000;
        return String.format(Locale.ROOT, "%d:%02d.%01d", s / 60, s % 60, (ms % 1000) / 100);
    }
}
