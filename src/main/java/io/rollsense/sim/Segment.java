package io.rollsense.sim;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One step of a scenario script: a named behaviour for a duration, with optional parameters.
 *
 * @param name       scenario name (see {@link Scenarios#list()})
 * @param durationMs how long it lasts in ms of device time, &gt; 0
 * @param params     extra parameters ({@code spm}, {@code to}, ...), sorted by key, never null
 */
public record Segment(String name, long durationMs, Map<String, Double> params) {
    public Segment {
        Objects.requireNonNull(name, "name");
        if (durationMs <= 0) {
            throw new IllegalArgumentException("segment '" + name + "' duration must be > 0 s, was " + durationMs + " ms");
        }
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** A parameter, or {@code fallback} when absent. */
    public double param(String key, double fallback) {
        Double v = params.get(key);
        return v == null ? fallback : v;
    }

    /** The script spelling, e.g. {@code steady:60:spm=24}. */
    public String text() {
        StringBuilder sb = new StringBuilder(name).append(':');
        appendNumber(sb, durationMs / 1000.0);
        for (Map.Entry<String, Double> e : params.entrySet()) {
            sb.append(':').append(e.getKey()).append('=');
            appendNumber(sb, e.getValue());
        }
        return sb.toString();
    }

    private static void appendNumber(StringBuilder sb, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else {
            sb.append(v);
        }
    }
}
