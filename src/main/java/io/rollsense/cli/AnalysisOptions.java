package io.rollsense.cli;

import io.rollsense.app.SessionSetup;
import io.rollsense.audio.SoundSettings;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Calibration;
import io.rollsense.protocol.Hello;
import io.rollsense.session.CalibrationFiles;
import io.rollsense.session.ConfigSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The analysis options every command that runs the analyzer shares ({@code analyze}, {@code live},
 * {@code demo}, {@code review}): add with {@code @Mixin AnalysisOptions analysis;}. The same names
 * work as {@code key=value} lines in a {@code --config} file (command line wins); {@code calibration=}
 * in a config file is relative to that file. Ranges live in one place, {@link AnalysisSettings}:
 * out-of-range values (from either source) are usage errors (exit 2) naming the option and its
 * range; unreadable files are I/O errors naming the file.
 */
public final class AnalysisOptions {
    /** Keys accepted in a config file (the option names without {@code --}). */
    static final List<String> KEYS = Stream.concat(Stream.of("overpressure-kpa", "spine-kpa",
            "spine-zone-mm", "min-alert-ms", "target-min-spm", "target-max-spm", "calibration",
            "data-dir" /* session library, read by LibraryOptions */),
            SoundSettings.KEYS.stream() /* sound, read by SoundOptions */).toList();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--overpressure-kpa", paramLabel = "KPA",
            description = "Overpressure threshold in kPa (1..1000; default per device kind: roller 60, balls 120, pad 80).")
    private Double overpressureKpa;

    @Option(names = "--spine-kpa", paramLabel = "KPA",
            description = "Spine threshold in kPa (1..1000; default per device kind: roller 25, balls 40, pad 30).")
    private Double spineKpa;

    @Option(names = "--spine-zone-mm", paramLabel = "MM",
            description = "Half-width of the spine zone around the spine line in mm (1..100, default 20).")
    private Double spineZoneMm;

    @Option(names = "--min-alert-ms", paramLabel = "MS",
            description = "Pressure must stay above a threshold this long to raise an alert (0..2000, default 100).")
    private Long minAlertMs;

    @Option(names = "--target-min-spm", paramLabel = "SPM",
            description = "Lower edge of the target cadence band in strokes/min (1..60, default 7.5).")
    private Double targetMinSpm;

    @Option(names = "--target-max-spm", paramLabel = "SPM",
            description = "Upper edge of the target cadence band in strokes/min (1..60, default 15).")
    private Double targetMaxSpm;

    @Option(names = "--config", paramLabel = "FILE",
            description = "key=value file with the same option names (e.g. spine-kpa=30); options given here win.")
    Path config;

    @Option(names = "--calibration", paramLabel = "FILE",
            description = "Calibration file (tare, gain, curve per channel; see docs/calibration.md).")
    Path calibration;

    private ConfigSettings configSettings;

    /** The settings from defaults, then the config file, then the command line. */
    public AnalysisSettings settings() throws IOException {
        return settingsOver(AnalysisSettings.DEFAULTS);
    }

    /**
     * The settings from {@code base} (e.g. those a session was recorded with), then the config
     * file, then the command line: only what is given replaces a value of {@code base}.
     */
    public AnalysisSettings settingsOver(AnalysisSettings base) throws IOException {
        try {
            return config().over(base, overpressureKpa, spineKpa, spineZoneMm, minAlertMs, targetMinSpm, targetMaxSpm);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** What re-analysing a recorded session uses ({@link SessionSetup#forSession}); notices go to {@code err}. */
    SessionSetup.Analysis forSession(com.fasterxml.jackson.databind.JsonNode header, java.io.PrintWriter err) throws IOException {
        return SessionSetup.forSession(this::settingsOver, calibrationPath(), header, err);
    }

    /** The calibration file given by option or config, or {@code null} when none. */
    public Path calibrationPath() throws IOException {
        return calibration != null ? calibration : config().path("calibration");
    }

    /** The calibration for a device: the file's, or the identity when none is given. */
    public Calibration calibrationFor(Hello hello) throws IOException {
        Path p = calibrationPath();
        if (p == null) {
            return Calibration.identity(hello.channelCount());
        }
        return CalibrationFiles.loadFor(p, hello);
    }

    /**
     * A value from the {@code --config} file, or {@code null} when there is none; paths in it
     * ({@code audio-out=}) are resolved against the file's folder.
     */
    String configValue(String key) throws IOException {
        return key.equals("audio-out") ? Objects.toString(config().path(key), null) : config().value(key);
    }

    private ConfigSettings config() {
        if (configSettings == null) {
            configSettings = new ConfigSettings(config, KEYS);
        }
        return configSettings;
    }
}
