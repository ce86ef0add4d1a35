package io.rollsense.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "live", mixinStandardHelpOptions = true, description = "Coach live from a serial or MQTT device.")
final class LiveCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'live' is not available in this build yet");
    }
}
