package io.rollsense.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Measure the detectors against simulator ground truth.")
final class EvaluateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'evaluate' is not available in this build yet");
    }
}
