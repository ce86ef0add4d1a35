package io.rollsense.sink;

import io.rollsense.routine.RoutineEvent;
import io.rollsense.routine.RoutineListener;
import io.rollsense.routine.RoutineResult;
import io.rollsense.routine.RoutineStep;
import io.rollsense.routine.StepVerdict;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints a guided routine's step changes and verdicts as text (headless {@code live} and
 * {@code demo} with {@code --routine}), one flushed line per change, each stamped with the
 * routine's device time (m:ss). Called on the analyzer thread; the writer is only used from it.
 */
public final class RoutineConsole implements RoutineListener {
    private final PrintWriter out;
    private long startMs;

    public RoutineConsole(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onRoutineEvent(RoutineEvent e) {
        if (e instanceof RoutineEvent.Started s) {
            startMs = s.timeMs();
            out.println(stamp(e) + "Routine '" + s.routine().name() + "': " + s.routine().steps().size() + " steps, about "
                    + clock(Math.round(s.routine().plannedSeconds() * 1000)) + " min.");
        } else if (e instanceof RoutineEvent.StepStarted s) {
            RoutineStep st = s.step();
            out.println(stamp(e) + "STEP " + (s.index() + 1) + ": " + st.title() + " - " + st.lengthText() + ", "
                    + st.whereText() + ", pace " + st.cadence().text() + ". " + st.instruction());
        } else if (e instanceof RoutineEvent.StepEnded s) {
            out.println(stamp(e) + "step " + (s.index() + 1) + " " + (s.verdict().issues().contains(io.rollsense.routine.Issue.SKIPPED)
                    ? "skipped" : "done") + ": " + s.verdict().text());
        } else if (e instanceof RoutineEvent.RestStarted r) {
            out.println(stamp(e) + "rest " + Math.round(r.restMs() / 1000.0) + " s; next: " + r.next().title());
        } else if (e instanceof RoutineEvent.PauseChanged p) {
            out.println(stamp(e) + (p.paused() ? "paused (the step's time stands still)" : "resumed"));
        } else if (e instanceof RoutineEvent.Finished f) {
            RoutineResult r = f.result();
            out.println(stamp(e) + "Routine " + (r.stoppedEarly() ? "stopped early" : "finished") + ": " + r.text());
            for (StepVerdict v : r.steps()) {
                out.println(String.format(Locale.ROOT, "  %d. %-34s %s", v.index() + 1, v.title(), v.text()));
            }
        }
        out.flush();
    }

    private String stamp(RoutineEvent e) {
        return "[" + clock(e.timeMs() - startMs) + "] ";
    }

    public static String clock(long ms) {
        long s = Math.max(0, ms) / 1000;
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
