package io.rollsense.sim.alt;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the simulated person does, part after part. A rolling part lasts at least its seconds and
 * ends with its last whole stroke; it may carry one episode (rolling on through it).
 */
public record AltPlan(List<Part> parts) {

    /** Part types. */
    public enum Type { ROLL, HOLD, SIT_UP }

    /** Things that happen while the person rolls on. */
    public enum Episode { NONE, SPINE, HARD, LIFT_OFF, DRIFT }

    /**
     * @param type    what the person does
     * @param seconds length (a rolling part runs to the end of the stroke in progress)
     * @param spm     pace of a rolling part, strokes/min (NaN otherwise)
     * @param episode an episode in the middle of a rolling part
     */
    public record Part(Type type, double seconds, double spm, Episode episode) {
        public Part {
            if (type == Type.ROLL && !(spm >= 4 && spm <= 50)) {
                throw new IllegalArgumentException("spm must be 4..50 for a rolling part, was " + spm);
            }
            if (!(seconds > 0)) {
                throw new IllegalArgumentException("seconds must be > 0, was " + seconds);
            }
        }
    }

    public AltPlan {
        parts = List.copyOf(parts);
    }

    /**
     * A session of about five to seven minutes: one pace from each band (5–10, 10–20, 20–45 spm)
     * and one more from 6–16 spm in random order, holds with sway between some of them, a pace
     * change straight from one rolling part to the next, a sit-up, and one episode of each kind.
     */
    public static AltPlan draw(SplittableRandom r) {
        double[] paces = {5 + 5 * r.nextDouble(), 10 + 10 * r.nextDouble(), 20 + 25 * r.nextDouble(),
                6 + 10 * r.nextDouble(), 5 + 40 * r.nextDouble()};
        for (int i = paces.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            double t = paces[i];
            paces[i] = paces[j];
            paces[j] = t;
        }
        List<Episode> episodes = new ArrayList<>(List.of(Episode.SPINE, Episode.HARD, Episode.LIFT_OFF, Episode.DRIFT,
                Episode.NONE));
        for (int i = episodes.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            episodes.set(i, episodes.set(j, episodes.get(i)));
        }
        List<Part> parts = new ArrayList<>();
        parts.add(roll(paces[0], episodes.get(0), r));
        parts.add(new Part(Type.HOLD, 15 + 15 * r.nextDouble(), Double.NaN, Episode.NONE));
        parts.add(roll(paces[1], episodes.get(1), r));
        parts.add(roll(paces[2], episodes.get(2), r));
        parts.add(new Part(Type.SIT_UP, 6 + 6 * r.nextDouble(), Double.NaN, Episode.NONE));
        parts.add(roll(paces[3], episodes.get(3), r));
        parts.add(new Part(Type.HOLD, 15 + 15 * r.nextDouble(), Double.NaN, Episode.NONE));
        parts.add(roll(paces[4], episodes.get(4), r));
        parts.add(new Part(Type.HOLD, 10 + 10 * r.nextDouble(), Double.NaN, Episode.NONE));
        return new AltPlan(parts);
    }

    private static Part roll(double spm, Episode e, SplittableRandom r) {
        double seconds = Math.max(30 + 20 * r.nextDouble(), 7 * 60 / spm);
        if (e != Episode.NONE) {
            seconds = Math.max(seconds, 40);
        }
        return new Part(Type.ROLL, seconds, spm, e);
    }
}
