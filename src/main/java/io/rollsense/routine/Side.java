package io.rollsense.routine;

import java.util.Locale;

/**
 * Which side of the spine a step loads: both (the body centred on the device, muscles either side
 * of the spine) or one side (the body leaned so the load sits left or right of the device centre).
 * Left is negative lateral position, as in the hello's {@code pos=}. Judged from where the load sits.
 */
public enum Side {
    BOTH("both sides"),
    LEFT("left side"),
    RIGHT("right side");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    /** Words for the screen and speech ("left side"). */
    public String label() {
        return label;
    }

    /** The file spelling ({@code both}, {@code left}, {@code right}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the file spelling; {@code null} when unknown. */
    public static Side fromKey(String key) {
        for (Side s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
