package io.rollsense.cli;

import io.rollsense.session.CalibrationFiles;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Calibration;
import io.rollsense.core.EventSink;
import io.rollsense.pipeline.CaptureAnalysis;
import io.rollsense.pipeline.RunSummary;
import io.rollsense.pipeline.SummaryCollector;
import io.rollsense.sink.AnalysisText;
import io.rollsense.sink.EventJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rollsense analyze FILE|ID [--json] [analysis options]}: the core over a capture, at full speed. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse a capture (hello + frame lines) or a recorded session at full speed: alerts, strokes, cadence, summary.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|ID",
            description = "Capture file (wire protocol v1 lines), recorded session file (.rsession), or a session id "
                    + "(or unique prefix) in the library.")
    String input;

    @Mixin
    LibraryOptions library;

    /** The file analysed: {@link #input} as a path, else the library's session with that id. */
    private Path file;

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
        file = library.library().resolve(input);
        AnalysisSettings settings = analysis.settings();
        Path calPath = analysis.calibrationPath();
        Calibration cal = calPath == null ? null : CalibrationFiles.load(calPath);
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
            AnalysisText.print(out, file, s, collector.alerts);
        }
        out.flush();
        return 0;
    }
}
