package io.rollsense.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Analyse a capture or recorded session at full speed.")
final class AnalyzeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'analyze' is not available in this build yet");
    }
}
