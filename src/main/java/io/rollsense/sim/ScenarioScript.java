package io.rollsense.sim;

import java.util.List;

/**
 * A parsed scenario script: segments played in order, optionally looped forever.
 *
 * @param segments at least one segment
 * @param loop     whether the script repeats when it ends (the {@code demo} scenario does)
 */
public record ScenarioScript(List<Segment> segments, boolean loop) {
    public ScenarioScript {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a scenario script needs at least one segment");
        }
    }

    /** Length of one pass through the script in ms. */
    public long lengthMs() {
        long sum = 0;
        for (Segment s : segments) {
            sum += s.durationMs();
        }
        return sum;
    }

    /** The canonical script text ({@code loop:} prefix when looping), parseable by {@link Scenarios#parse}. */
    public String text() {
        StringBuilder sb = new StringBuilder(loop ? "loop:" : "");
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(segments.get(i).text());
        }
        return sb.toString();
    }
}
