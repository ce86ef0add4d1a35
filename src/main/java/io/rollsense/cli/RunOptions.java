package io.rollsense.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** How a live run shows itself and how long it runs; shared by {@code live} and {@code demo}. */
final class RunOptions {
    @Option(names = "--headless", description = "No window: print status and alerts as text.")
    boolean headless;

    @Option(names = "--duration", paramLabel = "D", converter = DurationConverter.class,
            description = "Stop after D (e.g. 30s, 5m, 1h); default: until Ctrl-C or the window is closed.")
    Duration duration;
}
