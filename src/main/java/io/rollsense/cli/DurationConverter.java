package io.rollsense.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Parses durations such as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 1.5m} (also
 * spelled out: {@code 5min}, {@code 5 minutes} in one quoted argument); a bare number is seconds.
 * A duration must be longer than zero: zero would mean "stop at once", which no command wants.
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    /** The words a unit may be written as, for parsing and for the hint on {@code --duration 5 minutes}. */
    static final String UNIT_WORDS = "ms|millis|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?";
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(" + UNIT_WORDS + ")?");

    /** The short unit (ms, s, m, h) of a unit word matching {@link #UNIT_WORDS}. */
    static String unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("ms") || w.startsWith("milli")) {
            return "ms";
        }
        return w.substring(0, 1);
    }

    @Override
    public Duration convert(String value) {
        Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (e.g. 30s, 5m, 1h, 500ms)");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double ms = switch (unit(unit)) {
            case "ms" -> n;
            case "s" -> n * 1000;
            case "m" -> n * 60_000;
            default -> n * 3_600_000;
        };
        if (Math.round(ms) <= 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not longer than zero; give how long to run"
                    + " (e.g. 30s, 5m), or leave the option out to run until stopped");
        }
        return Duration.ofMillis(Math.round(ms));
    }
}
