package io.rollsense.sink;

import io.rollsense.core.AlertKind;
import java.util.Locale;

/** The plain words the view and the console use for alerts, cadence and times. */
public final class Wording {
    private Wording() {
    }

    /** The rhythm cue for a cadence against the target band. */
    public enum Cue {
        NOT_ROLLING("Not rolling"), FASTER("A little faster"), GOOD("Good pace"), SLOWER("Roll slower");

        public final String text;

        Cue(String text) {
            this.text = text;
        }

        public static Cue of(Double spm, double minSpm, double maxSpm) {
            if (spm == null || spm.isNaN()) {
                return NOT_ROLLING;
            }
            if (spm < minSpm) {
                return FASTER;
            }
            return spm > maxSpm ? SLOWER : GOOD;
        }
    }

    /** Short name of an alert kind. */
    public static String name(AlertKind kind) {
        return kind == AlertKind.SPINE ? "Spine" : "Too hard";
    }

    /** Headline: which alert, how much, by how much ("SPINE  71 kPa  ·  2.9× the 25 kPa limit"). */
    public static String alertHeadline(AlertKind kind, double kpa, double thresholdKpa) {
        return String.format(Locale.ROOT, "%s  %.0f kPa  ·  %.1f× the %.0f kPa limit",
                name(kind).toUpperCase(Locale.ROOT), kpa, kpa / thresholdKpa, thresholdKpa);
    }

    /** The banner's headline with the episode's peak ("SPINE  peak 71 kPa  ·  2.9× the 25 kPa limit"). */
    public static String alertPeakHeadline(AlertKind kind, double peakKpa, double thresholdKpa) {
        return alertHeadline(kind, peakKpa, thresholdKpa).replaceFirst("  ", "  peak ");
    }

    /** What it means and what to do. */
    public static String alertAdvice(AlertKind kind) {
        return kind == AlertKind.SPINE ? "Pressure on your spine: move sideways so the load rests on the muscle beside it"
                : "Pressing too hard: ease off and take some weight on your feet or arms";
    }

    /** m:ss (h:mm:ss past an hour) for a duration in ms. */
    public static String clock(long ms) {
        return io.rollsense.report.ClockAxis.clock(ms);
    }

    /** Seconds with one decimal. */
    public static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** Window length as "30 s" / "2 min". */
    public static String window(long ms) {
        return ms < 60_000 ? ms / 1000 + " s" : ms / 60_000 + " min";
    }

    /** "1 stroke", "2 strokes", "0 strokes": a count with its noun in the right number (plural adds s). */
    public static String count(long n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }
}
