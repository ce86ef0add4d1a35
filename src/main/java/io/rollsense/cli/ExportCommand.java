package io.rollsense.cli;

import io.rollsense.session.SessionCsv;
import io.rollsense.session.SessionData;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rollsense export ID|PATH --csv FILE|-}: frames and events of a session as CSV. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a recorded session's frames and events as CSV.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    SessionArgument session;

    @Option(names = "--csv", paramLabel = "FILE", required = true, description = "CSV file to write; - for standard output.")
    Path csv;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SessionData data = session.load(spec.commandLine().getErr());
        if (csv.toString().equals("-")) { // standard output: the CSV only, the note goes to stderr
            long rows = SessionCsv.write(data, spec.commandLine().getOut());
            spec.commandLine().getErr().println("rollsense: wrote " + rows + " rows to standard output");
            return 0;
        }
        long rows = SessionCsv.write(data, csv);
        spec.commandLine().getOut().println("wrote " + rows + " rows (" + data.frames().size() + " frames, "
                + data.events().size() + " events) to " + csv);
        return 0;
    }
}
