package io.rollsense.core;

import java.util.Locale;

/** What an alert is about. */
public enum AlertKind {
    /** The highest taxel pressure is above the overpressure threshold. */
    OVERPRESSURE,
    /** Pressure within the spine zone (around the spine line) is above the spine threshold. */
    SPINE;

    /** Lower-case key used in JSON ({@code overpressure}, {@code spine}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
