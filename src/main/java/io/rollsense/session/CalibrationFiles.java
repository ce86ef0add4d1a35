package io.rollsense.session;

import io.rollsense.core.Calibration;
import io.rollsense.protocol.Hello;
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

    /** Reads a calibration file for a device; its channel count must be the device's. */
    public static Calibration loadFor(Path file, Hello hello) throws IOException {
        Calibration c = load(file);
        if (c.channelCount() != hello.channelCount()) {
            throw new IOException(file + ": calibration has " + c.channelCount() + " channels but device "
                    + hello.deviceId() + " has " + hello.channelCount());
        }
        return c;
    }
}
