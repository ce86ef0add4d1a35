package io.rollsense.core;

import java.util.Locale;

/** What became of a tare the user asked for ({@link AnalysisEvent.Tare}). */
public enum TareResult {
    /** The device was unloaded for the whole stretch: its readings there are the new zero. */
    DONE,
    /** Something pressed on the device during the stretch: the zero is unchanged. */
    REFUSED,
    /** The last requested tare was taken back: the zero before it is in force again. */
    UNDONE;

    /** The lower-case name used in session files and JSON lines. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The result named by {@link #key()}. @throws IllegalArgumentException for an unknown name */
    public static TareResult of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
