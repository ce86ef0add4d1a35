package io.rollsense.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check a capture for protocol problems (for firmware authors).")
final class CheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'check' is not available in this build yet");
    }
}
