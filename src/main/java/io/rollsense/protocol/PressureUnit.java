package io.rollsense.protocol;

/** The unit of the frame values, as declared by {@code unit=} in the hello line. */
public enum PressureUnit {
    /** Raw sensor counts (for example an FSR through an ADC); needs calibration to become kPa. */
    RAW("raw"),
    /** Force in newtons per taxel; becomes kPa with the hello's {@code area=} (mm²). */
    NEWTON("N"),
    /** Pressure in kilopascals; used as is. */
    KPA("kPa");

    private final String wireName;

    PressureUnit(String wireName) {
        this.wireName = wireName;
    }

    /** The exact wire spelling ({@code raw}, {@code N}, {@code kPa}). */
    public String wireName() {
        return wireName;
    }

    /** Parses the exact wire spelling; returns {@code null} when unknown. */
    public static PressureUnit fromWire(String text) {
        for (PressureUnit u : values()) {
            if (u.wireName.equals(text)) {
                return u;
            }
        }
        return null;
    }
}
