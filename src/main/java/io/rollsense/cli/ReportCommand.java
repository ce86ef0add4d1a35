package io.rollsense.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write an HTML report of a session.")
final class ReportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'report' is not available in this build yet");
    }
}
