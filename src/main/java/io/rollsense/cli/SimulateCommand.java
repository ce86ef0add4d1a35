package io.rollsense.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Simulate a person rolling on a sensor device; write wire-protocol lines.")
final class SimulateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'simulate' is not available in this build yet");
    }
}
