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

    /** This script with {@code spm} as the first segment's cadence, unless it sets one itself. */
    public ScenarioScript withStartSpm(double spm) {
        List<Segment> segs = new java.util.ArrayList<>(segments);
        Segment first = segs.get(0);
        java.util.Map<String, Double> p = new java.util.HashMap<>(first.params());
        p.putIfAbsent("spm", spm);
        segs.set(0, new Segment(first.name(), first.durationMs(), p));
        return new ScenarioScript(segs, loop);
    }
}
