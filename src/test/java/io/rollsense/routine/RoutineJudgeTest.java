package io.rollsense.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The judge fed literal fields and events: timing, pause, skip, stop, and each verdict rule. */
class RoutineJudgeTest {
    static final Hello HELLO = new Hello("r", DeviceKind.ROLLER, 10, PressureUnit.KPA, -45, -15, 15, 45);
    static final double OVER = 60;

    static RoutineStep step(String title, Side side, double seconds, double rest) {
        return new RoutineStep(title, Area.MID_BACK, side, seconds, null, CadenceBand.PRESCRIBED, PressureBand.DEFAULT,
                SpineRule.NEVER, rest, "roll");
    }

    final List<RoutineEvent> events = new ArrayList<>();

    RoutineJudge judge(RoutineStep... steps) {
        return new RoutineJudge(new Routine("test", DeviceKind.ROLLER, "", List.of(steps)), HELLO, OVER, 20, events::add);
    }

    /** A loaded frame with the peak {@code peakKpa} on the taxel at {@code channel}, load split left/right by {@code leftShare}. */
    static PressureField field(long t, double peakKpa, int channel, double leftShare) {
        double[] p = new double[4];
        p[0] = 2 * leftShare * 20;
        p[1] = 2 * leftShare * 20;
        p[2] = 2 * (1 - leftShare) * 20;
        p[3] = 2 * (1 - leftShare) * 20;
        p[channel] = Math.max(p[channel], peakKpa);
        double total = p[0] + p[1] + p[2] + p[3];
        return new PressureField(t, p, total, true, 0, 0, 0, peakKpa, channel);
    }

    /** Feeds {@code seconds} of frames at 10 Hz from {@code fromMs}, with a cadence reading every second. */
    static void roll(RoutineJudge j, long fromMs, int seconds, double peakKpa, int channel, double leftShare, Double spm) {
        for (long t = fromMs; t < fromMs + seconds * 1000L; t += 100) {
            j.onField(field(t, peakKpa, channel, leftShare));
            if (t % 1000 == 0 && t > fromMs) {
                j.onEvent(new AnalysisEvent.Cadence(t, spm, 0.9));
            }
            if (spm != null && t % Math.round(60000 / spm / 100) * 100 == 0) {
                j.onEvent(new AnalysisEvent.Stroke(t));
            }
        }
    }

    @Test
    void stepsAndRestsFollowDeviceTime() {
        RoutineJudge j = judge(step("a", Side.BOTH, 20, 5), step("b", Side.BOTH, 10, 0));
        roll(j, 0, 36, 40, 1, 0.5, 11.0);
        List<String> kinds = events.stream().map(e -> e.getClass().getSimpleName() + "@" + e.timeMs()).toList();
        assertEquals(List.of("Started@0", "StepStarted@0", "StepEnded@20000", "RestStarted@20000", "StepStarted@25000",
                "StepEnded@35000", "Finished@35000"), kinds);
        RoutineResult r = j.result();
        assertFalse(r.stoppedEarly());
        assertTrue(r.steps().get(0).good(), r.steps().get(0).text());
        assertEquals("good pace, good pressure", r.steps().get(0).text());
        assertEquals(RoutineStatus.Phase.FINISHED, j.status().phase());
    }

    @Test
    void pausedTimeDoesNotCountAndSkipEndsTheStep() {
        RoutineJudge j = judge(step("a", Side.BOTH, 20, 0), step("b", Side.BOTH, 20, 0));
        roll(j, 0, 5, 40, 1, 0.5, 11.0);
        j.setPaused(5000, true);
        roll(j, 5000, 10, 40, 1, 0.5, 11.0);
        assertTrue(j.status().paused());
        assertEquals(RoutineStatus.Phase.STEP, j.status().phase());
        assertEquals(15000, j.status().remainingMs(), 100);
        j.setPaused(15000, false);
        roll(j, 15000, 3, 40, 1, 0.5, 11.0);
        j.skip(18000);
        RoutineEvent.StepEnded ended = (RoutineEvent.StepEnded) events.stream()
                .filter(e -> e instanceof RoutineEvent.StepEnded).findFirst().orElseThrow();
        assertEquals(List.of(Issue.SKIPPED), ended.verdict().issues());
        assertEquals(8000, ended.verdict().activeMs(), 200);
        assertEquals(1, j.status().index());
        j.stop(19000);
        RoutineResult r = j.result();
        assertTrue(r.stoppedEarly());
        assertEquals(2, r.steps().size(), "the cut-short step is kept");
        assertTrue(r.text().startsWith("1 of 2 steps done (stopped early)"), r.text());
    }

    @Test
    void eachRuleGivesItsIssue() {
        RoutineJudge j = judge(step("fast", Side.BOTH, 20, 0), step("hard left", Side.BOTH, 20, 0),
                step("wrong side", Side.RIGHT, 20, 0), step("idle", Side.BOTH, 20, 0));
        roll(j, 0, 20, 40, 1, 0.5, 25.0);
        roll(j, 20000, 20, 62, 1, 0.5, 11.0);
        roll(j, 40000, 20, 40, 1, 0.75, 11.0);
        for (long t = 60000; t <= 80000; t += 100) {
            j.onField(field(t, 40, 1, 0.5)); // lying still: no strokes, no rhythm
        }
        List<StepVerdict> v = j.result().steps();
        assertEquals(List.of(Issue.TOO_FAST), v.get(0).issues());
        assertEquals("too fast (25 a minute), good pressure", v.get(0).text());
        assertEquals(List.of(Issue.PRESSURE_HIGH), v.get(1).issues());
        assertEquals("good pace, pressure too high on the left", v.get(1).text());
        assertEquals("left", v.get(1).highSide());
        assertEquals(List.of(Issue.WRONG_SIDE), v.get(2).issues());
        assertEquals(70.0 / 90, v.get(2).leftShare(), 0.01);
        assertEquals(List.of(Issue.NO_ROLLING), v.get(3).issues());
    }

    @Test
    void spineContactsCountByTheRuleAndAreCutAtTheStepEnd() {
        RoutineStep brief = new RoutineStep("brief ok", Area.MID_BACK, Side.BOTH, 20.0, null, CadenceBand.PRESCRIBED,
                PressureBand.DEFAULT, SpineRule.BRIEF, 0, "roll");
        RoutineJudge j = judge(brief, step("never", Side.BOTH, 20, 0));
        roll(j, 0, 10, 40, 1, 0.5, 11.0);
        j.onEvent(new AnalysisEvent.AlertRaised(AlertKind.SPINE, 9000, 25, 30, 1, 1.2));
        j.onEvent(new AnalysisEvent.AlertCleared(AlertKind.SPINE, 9000, 9500, 25, 30, 1)); // 0.5 s: tolerated
        j.onEvent(new AnalysisEvent.AlertRaised(AlertKind.SPINE, 9800, 25, 30, 1, 1.2));
        roll(j, 10000, 12, 40, 1, 0.5, 11.0); // still on the spine when step 1 ends at 20 s
        j.onEvent(new AnalysisEvent.AlertCleared(AlertKind.SPINE, 9800, 21000, 25, 30, 1)); // ignored: counted in step 1
        roll(j, 22000, 19, 40, 1, 0.5, 11.0);
        List<StepVerdict> v = j.result().steps();
        assertEquals(1, v.get(0).spineContacts(), v.get(0).text());
        assertEquals(List.of(Issue.ON_SPINE), v.get(0).issues());
        assertEquals(0, v.get(1).spineContacts(), v.get(1).text());
    }

    @Test
    void strokeStepsEndByStrokesAndWaitingHasNoResult() {
        RoutineStep strokes = new RoutineStep("six", Area.MID_BACK, Side.BOTH, null, 6, CadenceBand.PRESCRIBED,
                PressureBand.DEFAULT, SpineRule.NEVER, 0, "six strokes");
        RoutineJudge j = judge(strokes);
        assertNull(j.result());
        assertEquals(RoutineStatus.Phase.WAITING, j.status().phase());
        j.onField(field(0, 40, 1, 0.5));
        for (int i = 1; i <= 6; i++) {
            j.onField(field(i * 5000L, 40, 1, 0.5));
            j.onEvent(new AnalysisEvent.Stroke(i * 5000L));
        }
        j.onField(field(30_100, 40, 1, 0.5));
        assertEquals(6, j.result().steps().get(0).strokes());
        assertEquals(30_000, j.result().endMs(), "ends at the sixth stroke");
    }
}
