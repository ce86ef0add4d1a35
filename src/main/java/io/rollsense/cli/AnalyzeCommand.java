package io.rollsense.cli;

import io.rollsense.app.FileAnalysis;
import io.rollsense.app.SessionSetup;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Calibration;
import io.rollsense.session.CalibrationFiles;
import io.rollsense.session.FileKind;
import io.rollsense.session.SessionReader;
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
        file = library.library().resolve(input);
        AnalysisSettings settings = analysis.settings();
        Path calPath = analysis.calibrationPath();
        Calibration cal = calPath == null ? null : CalibrationFiles.load(calPath);
        FileKind kind = FileKind.of(file);
        if (kind.refusal(file) != null) {
            throw new java.io.IOException(kind.refusal(file));
        }
        if (kind == FileKind.SESSION) { // a recorded session: as it ran live by default
            SessionSetup.Analysis a = analysis.forSession(SessionReader.readHeader(file), spec.commandLine().getErr());
            settings = a.settings();
            cal = a.calibration();
        }
        return FileAnalysis.run(file, settings, cal, device, json, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
