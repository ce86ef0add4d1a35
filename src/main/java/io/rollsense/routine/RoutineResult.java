package io.rollsense.routine;

import java.util.List;
import java.util.Locale;

/**
 * How a whole routine went.
 *
 * @param routine       the routine's name
 * @param startMs       start, ms since the first frame
 * @param endMs         end
 * @param stepsPlanned  steps in the routine
 * @param steps         verdicts of the steps reached (done, skipped or cut short), in order
 * @param stoppedEarly  whether it was stopped before the last step ended
 * @param onTargetShare share of the active step time on pace, in the pressure band and off the spine, 0..1
 * @param text          one plain summary line
 */
public record RoutineResult(String routine, long startMs, long endMs, int stepsPlanned, List<StepVerdict> steps,
                            boolean stoppedEarly, double onTargetShare, String text) {
    public RoutineResult {
        steps = List.copyOf(steps);
        if (stepsPlanned < 1 || steps.size() > stepsPlanned || endMs < startMs) {
            throw new IllegalArgumentException("routine result: 1.." + stepsPlanned + " steps and end after start");
        }
    }

    /** Builds the result and its summary line from the verdicts. */
    static RoutineResult of(Routine routine, long startMs, long endMs, List<StepVerdict> steps, boolean stoppedEarly) {
        long active = 0;
        double onTarget = 0;
        int good = 0;
        int done = 0;
        StepVerdict worst = null;
        for (StepVerdict v : steps) {
            active += v.activeMs();
            onTarget += v.onTargetShare() * v.activeMs();
            good += v.good() ? 1 : 0;
            done += v.issues().contains(Issue.SKIPPED) ? 0 : 1;
            if (!v.good() && (worst == null || v.issues().size() > worst.issues().size())) {
                worst = v;
            }
        }
        double share = active == 0 ? 0 : onTarget / active;
        String text = String.format(Locale.ROOT, "%d of %d steps done%s, %d good, %d %% of the time on target",
                done, routine.steps().size(), stoppedEarly ? " (stopped early)" : "", good, Math.round(share * 100));
        if (worst != null) {
            text += "; watch step " + (worst.index() + 1) + ": " + worst.text();
        }
        return new RoutineResult(routine.name(), startMs, endMs, routine.steps().size(), steps, stoppedEarly, share, text);
    }

    /** Steps done (reached and not skipped). */
    public long stepsDone() {
        return steps.stream().filter(v -> !v.issues().contains(Issue.SKIPPED)).count();
    }
}
