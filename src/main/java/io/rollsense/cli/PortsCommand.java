package io.rollsense.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "ports", mixinStandardHelpOptions = true, description = "List serial ports (and probe them for RollSense devices).")
final class PortsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'ports' is not available in this build yet");
    }
}
