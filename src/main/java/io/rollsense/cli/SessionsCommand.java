package io.rollsense.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "sessions", mixinStandardHelpOptions = true, description = "List recorded sessions.")
final class SessionsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'sessions' is not available in this build yet");
    }
}
