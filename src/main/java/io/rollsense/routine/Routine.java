package io.rollsense.routine;

import io.rollsense.protocol.DeviceKind;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A guided routine: named steps done in order on one kind of device. Immutable; validated.
 *
 * @param name        unique name, 1..60 characters ("foam roller, mid-back to hips")
 * @param device      the device kind it is written for, or {@code null} for any
 * @param description one or two sentences, may be empty
 * @param steps       1..50 steps
 */
public record Routine(String name, DeviceKind device, String description, List<RoutineStep> steps) {
    /** The file format version this code reads and writes. */
    public static final int FORMAT = 1;
    public static final int MAX_STEPS = 50;

    public Routine {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must be a non-empty text");
        }
        name = name.strip();
        if (name.length() > 60) {
            throw new IllegalArgumentException("name must be at most 60 characters, was " + name.length());
        }
        description = description == null ? "" : description.strip().replaceAll("\\s+", " ");
        Objects.requireNonNull(steps, "steps");
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("steps must hold 1.." + MAX_STEPS + " steps, had " + steps.size());
        }
        steps = List.copyOf(steps);
    }

    /** Planned length with rests (the last step's rest is not counted), seconds. */
    public double plannedSeconds() {
        double sum = 0;
        for (int i = 0; i < steps.size(); i++) {
            sum += steps.get(i).plannedSeconds() + (i < steps.size() - 1 ? steps.get(i).restSeconds() : 0);
        }
        return sum;
    }

    /** "foam-roller-mid-back-to-hips": the name as a command-line and file-name friendly key. */
    public String key() {
        return keyOf(name);
    }

    /** Lower case, runs of anything but letters and digits turned into one '-'. */
    public static String keyOf(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    /** Whether {@code text} names this routine (its name or key, ignoring case and punctuation). */
    public boolean matches(String text) {
        return text != null && keyOf(text).equals(key());
    }

    /** "roller", "balls", "pad" or "any". */
    public String deviceText() {
        return device == null ? "any" : device.wireName();
    }
}
