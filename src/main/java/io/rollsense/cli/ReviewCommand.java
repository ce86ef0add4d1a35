package io.rollsense.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "review", mixinStandardHelpOptions = true, description = "Open a recorded session for review.")
final class ReviewCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'review' is not available in this build yet");
    }
}
