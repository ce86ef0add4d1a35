package io.rollsense.cli;

import io.rollsense.report.ReportWriter;
import io.rollsense.session.SessionData;
import io.rollsense.session.SessionLibrary;
import io.rollsense.session.SessionSummary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rollsense report ID|PATH --out DIR}: a self-contained HTML report with PNG charts. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write an HTML report (timeline, width-profile heat map, cadence, alerts, trend) of a session.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    SessionArgument session;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory for index.html and the PNG charts.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        SessionLibrary lib = session.library();
        Path file = session.file();
        Thread warm = new Thread(ReportWriter::warmUp, "report-warm-up"); // Java2D and fonts load while the session does
        warm.setDaemon(true);
        warm.start();
        SessionData data = io.rollsense.app.SessionSetup.load(file, session.device, err);
        Path index = ReportWriter.write(data, history(lib, file), out);
        spec.commandLine().getOut().println("wrote " + index);
        return 0;
    }

    /** Summaries for the trend: the session's own library (its directory), else the configured one. */
    private List<SessionSummary> history(SessionLibrary lib, Path file) {
        Path parent = file.toAbsolutePath().getParent();
        SessionLibrary own = parent != null && !parent.equals(lib.dir().toAbsolutePath()) ? new SessionLibrary(parent) : lib;
        List<SessionSummary> out = new ArrayList<>();
        try {
            if (Files.isDirectory(own.dir())) {
                own.list(msg -> { }).forEach(e -> out.add(e.summary()));
            }
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("rollsense: no trend: " + e.getMessage());
        }
        return out;
    }
}
