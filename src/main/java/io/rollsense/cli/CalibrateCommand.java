package io.rollsense.cli;

import io.rollsense.core.Calibration;
import io.rollsense.pipeline.CalibrationGuide;
import io.rollsense.pipeline.FrameAverager;
import io.rollsense.pipeline.Pipeline;
import io.rollsense.protocol.Hello;
import io.rollsense.session.CalibrationFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rollsense calibrate}: guides a person through a tare and one or more known weights (a
 * bag of rice weighed on a kitchen scale), fits each channel with core's {@link Calibration} and
 * writes the calibration file that {@code --calibration} reads. Answers come from standard input.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Guide a tare and known-weight calibration; write the calibration file.",
            "Pressure of a weight = mass x 9.81 / contact area (a 2 kg bag on 100 cm2 is 1.96 kPa)."})
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--out", paramLabel = "FILE", description = "Calibration file to write (default: calibration-<device>.txt).")
    Path out;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "3",
            description = "Seconds to average each step, 0.2–60 (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Override
    public Integer call() throws Exception {
        input.validate();
        OptionRange.check(spec, "--seconds", seconds, 0.2, 60);
        PrintWriter say = spec.commandLine().getOut();
        FrameAverager averager = new FrameAverager();
        Pipeline pipeline = Pipeline.builder().source(input.source(spec.commandLine().getErr())).listener(averager).build();
        pipeline.start();
        try {
            say.println("Waiting for the device's hello on " + input.title() + " ...");
            say.flush();
            Hello hello = averager.awaitHello(Duration.ofSeconds(15));
            if (hello == null) {
                throw new IOException("no hello from " + input.title() + " within 15 s");
            }
            BufferedReader answers = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            Calibration c = new CalibrationGuide(say, answers, averager, Duration.ofMillis(Math.round(seconds * 1000)))
                    .run(hello);
            Path file = out != null ? out : Path.of("calibration-" + hello.deviceId() + ".txt");
            CalibrationFiles.save(c, file);
            say.println("Wrote " + file + ". Use it with: rollsense live --calibration " + file + " ...");
            say.flush();
            return 0;
        } finally {
            pipeline.stop();
            pipeline.awaitStopped(Duration.ofSeconds(5));
        }
    }
}
