package io.rollsense.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a session's frames and events as CSV.")
final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'export' is not available in this build yet");
    }
}
