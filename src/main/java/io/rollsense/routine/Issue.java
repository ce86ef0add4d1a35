package io.rollsense.routine;

import java.util.Locale;

/** Something a step's verdict found wrong; a step without issues was done as asked. */
public enum Issue {
    /** The user skipped the step before half of it was done. */
    SKIPPED,
    /** Nothing rolled during the step (no strokes, no rhythm, or nobody on the device). */
    NO_ROLLING,
    /** Typical pace above the step's cadence band. */
    TOO_FAST,
    /** Typical pace below the step's cadence band. */
    TOO_SLOW,
    /** More than a quarter of the loaded seconds peaked above the pressure band. */
    PRESSURE_HIGH,
    /** More than half of the loaded seconds peaked below the pressure band. */
    PRESSURE_LOW,
    /** Pressure on the spine line the step's spine rule does not allow. */
    ON_SPINE,
    /** The load sat on the wrong side (or on both sides when one was asked, or one when both were). */
    WRONG_SIDE,
    /** The rhythm was uneven (mean regularity below 0.5). */
    UNEVEN;

    /** The JSON spelling ({@code pressure_high}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
