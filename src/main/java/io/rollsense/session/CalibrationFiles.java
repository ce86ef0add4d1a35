package io.rollsense.session;

import io.rollsense.core.Calibration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Calibration files on disk (UTF-8 text, format in docs/calibration.md). Stateless; any thread. */
public final class CalibrationFiles {
    private CalibrationFiles() {
    }

    /** Reads a calibration file; I/O errors and syntax errors name the file (and line). */
    public static Calibration load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return Calibration.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a calibration as a commented, editable text file. */
    public static void save(Calibration calibration, Path file) throws IOException {
        Files.writeString(file, calibration.toText(), StandardCharsets.UTF_8);
    }
}
