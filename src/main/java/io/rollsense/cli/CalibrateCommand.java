package io.rollsense.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, description = "Guide a tare and known-weight calibration; write the calibration file.")
final class CalibrateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'calibrate' is not available in this build yet");
    }
}
