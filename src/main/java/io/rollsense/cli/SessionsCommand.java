package io.rollsense.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rollsense.session.SessionLibrary;
import io.rollsense.session.SessionSummary;
import io.rollsense.session.SessionTrend;
import io.rollsense.sink.SessionTable;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rollsense sessions}: the session library as a table, JSON, or a trend. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "List recorded sessions (unfinished ones left by a crash are closed first).")
final class SessionsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "One JSON object per session (JSON lines).")
    boolean json;

    @Option(names = "--trend", description = "Minutes rolled, alerts per session, pain before/after over time.")
    boolean trend;

    @Option(names = "--pain-after", paramLabel = "0-10",
            description = "Record your pain now, 0 (none) to 10 (worst), as the pain after session ID (default: the latest).")
    Integer painAfter;

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "ID", description = "Session for --pain-after (default: the latest).")
    String session;

    @Mixin
    LibraryOptions library;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SessionLibrary lib = library.library();
        if (painAfter != null) {
            return rate(lib, out, err);
        }
        if (session != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "an ID is only used with --pain-after");
        }
        SessionLibrary.Listing listing = lib.listing(msg -> err.println("rollsense: " + msg));
        List<SessionLibrary.Entry> entries = listing.entries();
        err.flush();
        List<SessionSummary> summaries = entries.stream().map(SessionLibrary.Entry::summary).toList();
        if (json) {
            ObjectMapper m = new ObjectMapper();
            for (SessionLibrary.Entry e : entries) {
                out.println(m.writeValueAsString(e.summary().toJson().put("file", e.file().toString())));
            }
        } else if (trend) {
            new SessionTrend(summaries).lines().forEach(out::println);
        } else if (entries.isEmpty()) {
            out.println("no sessions in " + lib.dir());
        } else {
            SessionTable.print(out, summaries);
        }
        out.flush();
        if (listing.problems() > 0) {
            err.println("rollsense: " + listing.problems() + " session file(s) in " + lib.dir()
                    + " could not be read or closed (see above): is the disk full or read-only?");
            err.flush();
            return Main.EXIT_FAILURE;
        }
        return 0;
    }

    private int rate(SessionLibrary lib, PrintWriter out, PrintWriter err) throws java.io.IOException {
        OptionRange.check(spec, "--pain-after", painAfter, 0, 10);
        java.nio.file.Path file;
        if (session != null) {
            file = lib.resolve(session);
        } else {
            List<SessionLibrary.Entry> all = lib.list(msg -> err.println("rollsense: " + msg));
            if (all.isEmpty()) {
                throw new java.io.IOException("no sessions in " + lib.dir() + " to rate");
            }
            file = all.get(all.size() - 1).file();
        }
        SessionSummary s = io.rollsense.session.SessionRecovery.ratePainAfter(file, painAfter,
                msg -> err.println("rollsense: " + msg));
        out.println("pain after session " + s.id() + ": " + painAfter + "/10 (before: "
                + (s.painBefore() == null ? "-" : s.painBefore() + "/10") + ")");
        String advice = new SessionTrend(lib.list(msg -> { }).stream().map(SessionLibrary.Entry::summary).toList()).doctorAdvice();
        if (advice != null) {
            out.println(advice);
        }
        out.flush();
        return 0;
    }
}
