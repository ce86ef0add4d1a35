package io.rollsense.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run RollSense on the built-in simulator: no hardware needed.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'demo' is not available in this build yet");
    }
}
