package io.rollsense.routine;

import java.util.Locale;

/**
 * Where along the back a step works. The sensors cannot tell where along the back the device is,
 * so the area is for the instruction and the report only; the side ({@link Side}) is judged.
 */
public enum Area {
    UPPER_BACK("upper back"),
    MID_BACK("mid-back"),
    LOWER_BACK_HIPS("lower back and hips"),
    WHOLE_BACK("whole back");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    /** Words for the screen and speech ("lower back and hips"). */
    public String label() {
        return label;
    }

    /** The file spelling ({@code upper-back}, {@code mid-back}, {@code lower-back-hips}, {@code whole-back}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses the file spelling; {@code null} when unknown. */
    public static Area fromKey(String key) {
        for (Area a : values()) {
            if (a.key().equals(key)) {
                return a;
            }
        }
        return null;
    }
}
