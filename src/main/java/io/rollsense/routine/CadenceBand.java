package io.rollsense.routine;

/**
 * A target rolling pace in strokes per minute (one stroke = one full up-and-back cycle).
 *
 * @param minSpm lower edge, 1..60
 * @param maxSpm upper edge, above {@code minSpm}, 1..60
 */
public record CadenceBand(double minSpm, double maxSpm) {
    /** The consensus prescription: 2–4 s per one-way pass, i.e. 7.5–15 strokes a minute. */
    public static final CadenceBand PRESCRIBED = new CadenceBand(7.5, 15);

    public CadenceBand {
        if (!(minSpm >= 1 && minSpm <= 60) || !(maxSpm >= 1 && maxSpm <= 60) || !(minSpm < maxSpm)) {
            throw new IllegalArgumentException("cadence band must be two strokes/min values in 1..60, low before high, was "
                    + Numbers.fmt(minSpm) + ".." + Numbers.fmt(maxSpm));
        }
    }

    /** Whether {@code spm} lies in the band (edges included). */
    public boolean contains(double spm) {
        return spm >= minSpm && spm <= maxSpm;
    }

    /** Middle of the band, strokes/min. */
    public double middleSpm() {
        return (minSpm + maxSpm) / 2;
    }

    /** "7.5–15 strokes/min". */
    public String text() {
        return Numbers.fmt(minSpm) + "–" + Numbers.fmt(maxSpm) + " strokes/min";
    }
}
