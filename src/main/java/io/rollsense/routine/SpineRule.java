package io.rollsense.routine;

import java.util.Locale;

/** What a step allows on the spine line (from the guide: never press directly on the spine). */
public enum SpineRule {
    /** Every spine alert in the step is a fault. */
    NEVER,
    /**
     * Spine alerts shorter than {@link #BRIEF_MS} are tolerated (crossing the spine between sides);
     * longer ones are faults.
     */
    BRIEF;

    /** Longest spine contact {@link #BRIEF} tolerates, ms. */
    public static final long BRIEF_MS = 1000;

    /** The file spelling ({@code never}, {@code brief}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the file spelling; {@code null} when unknown. */
    public static SpineRule fromKey(String key) {
        for (SpineRule r : values()) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        return null;
    }

    /** Whether a spine contact of this length (ms) counts against the step. */
    public boolean faults(long contactMs) {
        return this == NEVER || contactMs > BRIEF_MS;
    }
}
