package io.rollsense.routine;

import java.util.Objects;

/**
 * One step of a routine: work one area and side for a time (or a number of strokes) at a target
 * pace and pressure, then rest. Immutable; validated on construction (messages name the file
 * field and the allowed range).
 *
 * @param title       short name shown large ("Mid-back, both sides"), 1..60 characters
 * @param area        where along the back
 * @param side        which side of the spine carries the load
 * @param seconds     how long the step lasts, 10..600 s; {@code null} when {@code strokes} is given
 * @param strokes     how many strokes the step lasts, 1..200; {@code null} when {@code seconds} is given
 * @param cadence     target pace
 * @param pressure    target pressure band of the highest taxel
 * @param spine       what the step allows on the spine line
 * @param restSeconds rest after the step, 0..300 s
 * @param instruction what to do, in plain words, 1..400 characters
 */
public record RoutineStep(String title, Area area, Side side, Double seconds, Integer strokes, CadenceBand cadence,
                          PressureBand pressure, SpineRule spine, double restSeconds, String instruction) {
    public static final double MIN_SECONDS = 10;
    public static final double MAX_SECONDS = 600;
    public static final int MAX_STROKES = 200;
    public static final double MAX_REST_SECONDS = 300;

    public RoutineStep {
        title = text("title", title, 60);
        instruction = text("instruction", instruction, 400);
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(cadence, "cadence-spm");
        Objects.requireNonNull(pressure, "pressure");
        Objects.requireNonNull(spine, "spine");
        if ((seconds == null) == (strokes == null)) {
            throw new IllegalArgumentException("give exactly one of seconds or strokes");
        }
        if (seconds != null && !(seconds >= MIN_SECONDS && seconds <= MAX_SECONDS)) {
            throw new IllegalArgumentException("seconds must be " + Numbers.fmt(MIN_SECONDS) + ".." + Numbers.fmt(MAX_SECONDS)
                    + ", was " + Numbers.fmt(seconds));
        }
        if (strokes != null && (strokes < 1 || strokes > MAX_STROKES)) {
            throw new IllegalArgumentException("strokes must be 1.." + MAX_STROKES + ", was " + strokes);
        }
        if (!(restSeconds >= 0 && restSeconds <= MAX_REST_SECONDS)) {
            throw new IllegalArgumentException("rest-seconds must be 0.." + Numbers.fmt(MAX_REST_SECONDS) + ", was "
                    + Numbers.fmt(restSeconds));
        }
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must be a non-empty text");
        }
        String v = value.strip().replaceAll("\\s+", " ");
        if (v.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters, was " + v.length());
        }
        return v;
    }

    /** Planned length in seconds: {@code seconds}, or the strokes at the middle of the cadence band. */
    public double plannedSeconds() {
        return seconds != null ? seconds : strokes * 60.0 / cadence.middleSpm();
    }

    /** Planned length in ms of device time. */
    public long plannedMs() {
        return Math.round(plannedSeconds() * 1000);
    }

    /** Rest after the step in ms. */
    public long restMs() {
        return Math.round(restSeconds * 1000);
    }

    /** "60 s" or "12 strokes". */
    public String lengthText() {
        return seconds != null ? Numbers.duration(seconds) : strokes + " strokes";
    }

    /** "mid-back, both sides". */
    public String whereText() {
        return area.label() + ", " + side.label();
    }
}
