package io.rollsense.sim;

import io.rollsense.routine.Issue;
import io.rollsense.routine.Routine;
import io.rollsense.routine.RoutineStep;
import io.rollsense.routine.Side;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A simulated person following a routine, well or badly, step by step: the scenario script they
 * roll (one segment per step and rest, timed as the routine's clock runs them), the moments they
 * press "skip", and the ground truth of what a judge should find in each step. Immutable.
 *
 * <p>Behaviours: {@code good} (rolls at the middle of the cadence band, leaning to the side the step
 * asks for), {@code too-fast} (24 strokes/min), {@code spine} (rolls onto the spine mid-step),
 * {@code hard} (presses too hard mid-step), {@code skip} (lies still {@value #SKIP_AFTER_MS} ms,
 * then presses skip), {@code wrong-side} (leans the wrong way, or leans when both sides were asked).
 * {@code mixed} keeps rolling onto the spine for both-sides steps: on a device with two sensors
 * (balls) a spine contact while leaning cannot be told from the leaned-on muscle (docs/routines.md).
 *
 * @param routine    the routine followed
 * @param behaviours one behaviour per step
 */
public record RoutinePerson(Routine routine, List<Behaviour> behaviours) {
    /** How long a skipping person lies still before pressing skip, ms. */
    public static final long SKIP_AFTER_MS = 4000;
    /** How long the person lies still after the last step, ms. */
    public static final long END_PAUSE_MS = 2000;
    /** Pace of a person rolling too fast, strokes/min (the prescription tops out at 15). */
    public static final double FAST_SPM = 24;

    /** What the person does in one step. */
    public enum Behaviour {
        GOOD, TOO_FAST, SPINE, HARD, SKIP, WRONG_SIDE;

        /** The spelling in {@link #parse} ({@code too-fast}). */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public RoutinePerson {
        behaviours = List.copyOf(behaviours);
        if (behaviours.size() != routine.steps().size()) {
            throw new IllegalArgumentException("one behaviour per step: " + routine.steps().size() + " steps, "
                    + behaviours.size() + " behaviours");
        }
    }

    /** Someone who follows every step well. */
    public static RoutinePerson good(Routine routine) {
        return new RoutinePerson(routine, java.util.Collections.nCopies(routine.steps().size(), Behaviour.GOOD));
    }

    /**
     * Parses a person: {@code good}, {@code mixed} (a different mistake every other step), or
     * comma-separated {@code behaviour@step} (1-based) on top of good, e.g. {@code too-fast@2,spine@3}.
     *
     * @throws IllegalArgumentException naming the bad token and what is allowed
     */
    public static RoutinePerson parse(Routine routine, String spec) {
        List<Behaviour> out = new ArrayList<>(good(routine).behaviours());
        String s = spec.strip().toLowerCase(Locale.ROOT);
        if (s.equals("good")) {
            return new RoutinePerson(routine, out);
        }
        if (s.equals("mixed")) {
            Behaviour[] mistakes = {Behaviour.TOO_FAST, Behaviour.SPINE, Behaviour.HARD, Behaviour.SKIP, Behaviour.WRONG_SIDE};
            for (int i = 1, k = 0; i < out.size(); i += 2, k++) {
                Behaviour b = mistakes[k % mistakes.length];
                if (b == Behaviour.SPINE && routine.steps().get(i).side() != Side.BOTH) {
                    b = Behaviour.WRONG_SIDE; // rolling onto the spine belongs in a both-sides step
                    mistakes[(k + 4) % mistakes.length] = Behaviour.SPINE;
                }
                out.set(i, b);
            }
            return new RoutinePerson(routine, out);
        }
        for (String token : s.split(",")) {
            String[] parts = token.strip().split("@");
            Behaviour b = null;
            for (Behaviour c : Behaviour.values()) {
                if (c.key().equals(parts[0])) {
                    b = c;
                }
            }
            int step = parts.length == 2 && parts[1].matches("\\d{1,3}") ? Integer.parseInt(parts[1]) : -1;
            if (b == null || step < 1 || step > out.size()) {
                throw new IllegalArgumentException("bad person '" + token.strip() + "': use good, mixed, or BEHAVIOUR@STEP with "
                        + "BEHAVIOUR one of good, too-fast, spine, hard, skip, wrong-side and STEP 1.." + out.size());
            }
            out.set(step - 1, b);
        }
        return new RoutinePerson(routine, out);
    }

    /** The script this person rolls: each step and rest in turn, at the routine's own timing. */
    public ScenarioScript script() {
        List<Segment> segs = new ArrayList<>();
        for (int i = 0; i < behaviours.size(); i++) {
            RoutineStep step = routine.steps().get(i);
            double spm = Math.round(step.cadence().middleSpm());
            double lean = step.side() == Side.LEFT ? -1 : step.side() == Side.RIGHT ? 1 : 0;
            long ms = stepMs(i);
            switch (behaviours.get(i)) {
                case GOOD -> segs.add(segment("steady", ms, spm, lean));
                case TOO_FAST -> segs.add(segment("steady", ms, FAST_SPM, lean));
                case SPINE -> segs.add(segment("spine", ms, spm, lean));
                case HARD -> segs.add(segment("hard", ms, spm, lean));
                case SKIP -> segs.add(new Segment("pause", SKIP_AFTER_MS, Map.of()));
                case WRONG_SIDE -> segs.add(segment("steady", ms, spm, lean == 0 ? -1 : -lean));
            }
            if (i < behaviours.size() - 1 && step.restMs() > 0) {
                segs.add(new Segment("pause", step.restMs(), Map.of()));
            }
        }
        segs.add(new Segment("pause", END_PAUSE_MS, Map.of())); // lies there a moment after the last step
        return new ScenarioScript(segs, false);
    }

    private static Segment segment(String name, long ms, double spm, double lean) {
        return new Segment(name, ms, lean == 0 ? Map.of("spm", spm) : Map.of("spm", spm, "side", lean));
    }

    /** Device times (ms since the first frame) at which this person presses skip. */
    public List<Long> skipPressesMs() {
        List<Long> out = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < behaviours.size(); i++) {
            t += stepMs(i);
            if (behaviours.get(i) == Behaviour.SKIP) {
                out.add(t);
            }
            t += i < behaviours.size() - 1 ? routine.steps().get(i).restMs() : 0;
        }
        return out;
    }

    /** How long the person spends in step {@code i}, ms. */
    private long stepMs(int i) {
        RoutineStep step = routine.steps().get(i);
        if (behaviours.get(i) == Behaviour.SKIP) {
            return SKIP_AFTER_MS;
        }
        double spm = behaviours.get(i) == Behaviour.TOO_FAST ? FAST_SPM : Math.round(step.cadence().middleSpm());
        return step.strokes() != null ? Math.round(step.strokes() * 60000 / spm) + 3000 : step.plannedMs();
    }

    /** Ground truth: what a judge should find in each step (empty for a step done well). */
    public List<Set<Issue>> expectedIssues() {
        List<Set<Issue>> out = new ArrayList<>();
        for (Behaviour b : behaviours) {
            out.add(switch (b) {
                case GOOD -> EnumSet.noneOf(Issue.class);
                case TOO_FAST -> EnumSet.of(Issue.TOO_FAST);
                case SPINE -> EnumSet.of(Issue.ON_SPINE);
                case HARD -> EnumSet.of(Issue.PRESSURE_HIGH);
                case SKIP -> EnumSet.of(Issue.SKIPPED);
                case WRONG_SIDE -> EnumSet.of(Issue.WRONG_SIDE);
            });
        }
        return out;
    }
}
