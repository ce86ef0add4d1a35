package io.rollsense.session;

import io.rollsense.core.AnalysisSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The values of one {@code --config} file ({@link ConfigFile}) under the same names as the command
 * line options, merged under the options given there: an option given on the command line wins,
 * then the file, then the base. Paths in the file ({@code calibration=}, {@code audio-out=}) are
 * relative to the file's folder. Units and ranges are those of {@link AnalysisSettings}.
 *
 * <p>Threading: one command's thread; the file is read once, at the first question. Errors: an
 * unreadable file or a line that is not {@code key=value} is an {@link IOException} naming the
 * file; a value that is not a number or out of range is an {@link IllegalArgumentException}
 * naming the key and its range.
 */
public final class ConfigSettings {
    private final Path file;
    private final List<String> keys;
    private Map<String, String> values;

    /**
     * @param file the config file, or {@code null} when none was given
     * @param keys the keys the file may hold (the option names without {@code --})
     */
    public ConfigSettings(Path file, List<String> keys) {
        this.file = file;
        this.keys = List.copyOf(keys);
    }

    /** The file's value for {@code key} as written, or {@code null}. */
    public String value(String key) throws IOException {
        if (values == null) {
            values = file == null ? Map.of() : ConfigFile.read(file, keys);
        }
        return values.get(key);
    }

    /** The file's value for {@code key} as a path relative to the file's folder, or {@code null}. */
    public Path path(String key) throws IOException {
        String v = value(key);
        if (v == null) {
            return null;
        }
        Path p = Path.of(v);
        return p.isAbsolute() || file.getParent() == null ? p : file.getParent().resolve(p);
    }

    /**
     * The analysis settings: each value given on the command line (non-null), else the file's,
     * else {@code base}'s. Thresholds in kPa, spine zone in mm, minimum alert time in ms, target
     * band in strokes/min.
     */
    public AnalysisSettings over(AnalysisSettings base, Double overpressureKpa, Double spineKpa, Double spineZoneMm,
                                 Long minAlertMs, Double targetMinSpm, Double targetMaxSpm) throws IOException {
        return new AnalysisSettings(
                pick(overpressureKpa, "overpressure-kpa", base.overpressureKpa()),
                pick(spineKpa, "spine-kpa", base.spineKpa()),
                pick(spineZoneMm, "spine-zone-mm", base.spineZoneMm()),
                (long) pick(minAlertMs == null ? null : minAlertMs.doubleValue(), "min-alert-ms", base.minAlertMs()),
                pick(targetMinSpm, "target-min-spm", base.targetMinSpm()),
                pick(targetMaxSpm, "target-max-spm", base.targetMaxSpm()));
    }

    private double pick(Double option, String key, double dflt) throws IOException {
        if (option != null) {
            return option;
        }
        String v = value(key);
        if (v == null) {
            return dflt;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " in " + file + " must be a number, was '" + v + "'");
        }
    }
}
