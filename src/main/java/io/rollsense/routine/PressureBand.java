package io.rollsense.routine;

/**
 * A target pressure band for the highest taxel, either in kPa or as a share of the too-hard
 * (overpressure) limit in force, so one routine fits every device kind.
 *
 * @param low    lower edge (kPa 0..1000, or share 0..2)
 * @param high   upper edge, above {@code low}
 * @param shares true when the edges are shares of the overpressure limit, false for kPa
 */
public record PressureBand(double low, double high, boolean shares) {
    /**
     * The default: 40–95 % of the too-hard limit. The guide's "3–7 out of 10" is a feeling the
     * sensors cannot read; the device's too-hard limit (docs/thresholds.md) stands for the top of
     * the comfortable range, and normal rolling on the simulator peaks near 75 % of it.
     */
    public static final PressureBand DEFAULT = new PressureBand(0.4, 0.95, true);

    public PressureBand {
        double max = shares ? 2 : 1000;
        if (!(low >= 0 && low <= max) || !(high >= 0 && high <= max) || !(low < high)) {
            throw new IllegalArgumentException("pressure band must be two " + (shares ? "shares in 0..2" : "kPa values in 0..1000")
                    + ", low before high, was " + Numbers.fmt(low) + ".." + Numbers.fmt(high));
        }
    }

    /** Lower edge in kPa given the overpressure limit in force (kPa). */
    public double lowKpa(double overpressureKpa) {
        return shares ? low * overpressureKpa : low;
    }

    /** Upper edge in kPa given the overpressure limit in force (kPa). */
    public double highKpa(double overpressureKpa) {
        return shares ? high * overpressureKpa : high;
    }

    /** "40–95 % of the too-hard limit" or "20–45 kPa". */
    public String text() {
        return shares ? Numbers.fmt(Math.round(low * 100)) + "–" + Numbers.fmt(Math.round(high * 100)) + " % of the too-hard limit"
                : Numbers.fmt(low) + "–" + Numbers.fmt(high) + " kPa";
    }
}
