package io.rollsense.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Analyzer;
import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.LineDecoder;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.routine.Issue;
import io.rollsense.routine.Routine;
import io.rollsense.routine.RoutineEvent;
import io.rollsense.routine.RoutineJudge;
import io.rollsense.routine.RoutineLibrary;
import io.rollsense.routine.RoutineResult;
import io.rollsense.routine.StepVerdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The judge against the simulated person's ground truth: every verdict's issues match what the person did. */
class RoutinePersonJudgeTest {
    static Routine builtIn(String name) {
        return RoutineLibrary.builtIns().stream().filter(r -> r.matches(name)).findFirst().orElseThrow();
    }

    /** Simulates the person, analyses the wire lines and judges: the routine's result. */
    static RoutineResult run(RoutinePerson person, DeviceKind kind, long seed, List<RoutineEvent> events) {
        Simulator sim = Simulator.builder().script(person.script()).kind(kind).unit(PressureUnit.KPA).seed(seed)
                .keepTruth(false).build();
        Analyzer analyzer = new Analyzer(sim.hello(), AnalysisSettings.DEFAULTS);
        RoutineJudge judge = new RoutineJudge(person.routine(), sim.hello(), analyzer.overpressureKpa(), 20, events::add);
        Deque<Long> skips = new ArrayDeque<>(person.skipPressesMs());
        LineDecoder decoder = new LineDecoder();
        DecodeListener l = new DecodeListener() {
            @Override
            public void onFrame(Frame frame, long dropped, long lineNumber) {
                analyzer.onFrame(frame, judge::onEvent);
                var f = analyzer.lastField();
                if (f != null) {
                    while (!skips.isEmpty() && f.timeMs() >= skips.peek()) {
                        judge.skip(skips.poll());
                    }
                    judge.onField(f);
                }
            }
        };
        for (String line = sim.nextLine(); line != null; line = sim.nextLine()) {
            byte[] b = (line + "\n").getBytes(StandardCharsets.ISO_8859_1);
            decoder.feed(b, 0, b.length, l);
        }
        analyzer.finish(judge::onEvent);
        judge.stop(analyzer.lastTimeMs());
        return judge.result();
    }

    private static void assertMatchesTruth(RoutinePerson person, RoutineResult result) {
        List<Set<Issue>> truth = person.expectedIssues();
        assertEquals(truth.size(), result.steps().size(), result.text());
        for (int i = 0; i < truth.size(); i++) {
            StepVerdict v = result.steps().get(i);
            assertEquals(truth.get(i), Set.copyOf(v.issues()).isEmpty() ? Set.of() : Set.copyOf(v.issues()),
                    "step " + (i + 1) + " (" + person.behaviours().get(i) + "): " + v.text());
        }
    }

    @Test
    void aGoodRunOnTheRollerIsJudgedGood() {
        RoutinePerson p = RoutinePerson.good(builtIn("foam roller, mid-back to hips"));
        List<RoutineEvent> events = new ArrayList<>();
        RoutineResult r = run(p, DeviceKind.ROLLER, 1, events);
        assertMatchesTruth(p, r);
        assertFalse(r.stoppedEarly());
        assertTrue(r.onTargetShare() > 0.6, r.text());
        assertEquals(5, events.stream().filter(e -> e instanceof RoutineEvent.StepStarted).count());
        assertEquals(4, events.stream().filter(e -> e instanceof RoutineEvent.RestStarted).count());
        assertTrue(r.steps().get(0).text().startsWith("good pace, good pressure"), r.steps().get(0).text());
    }

    @Test
    void mistakesOnTheRollerAreEachFound() {
        Routine routine = builtIn("foam roller, mid-back to hips");
        for (String spec : List.of("too-fast@1,spine@2,hard@3,wrong-side@4,skip@5", "wrong-side@1,skip@2,too-fast@3,hard@4,spine@5")) {
            RoutinePerson p = RoutinePerson.parse(routine, spec);
            assertMatchesTruth(p, run(p, DeviceKind.ROLLER, 7, new ArrayList<>()));
        }
    }

    @Test
    void tennisBallsGoodAndMixed() {
        Routine routine = builtIn("tennis balls, whole back");
        RoutinePerson good = RoutinePerson.good(routine);
        assertMatchesTruth(good, run(good, DeviceKind.BALLS, 3, new ArrayList<>()));
        RoutinePerson mixed = RoutinePerson.parse(routine, "mixed");
        assertMatchesTruth(mixed, run(mixed, DeviceKind.BALLS, 4, new ArrayList<>()));
    }

    @Test
    void theTryOutEndsItsStrokeStepByStrokes() {
        RoutinePerson p = RoutinePerson.good(builtIn("try it out"));
        RoutineResult r = run(p, DeviceKind.PAD, 2, new ArrayList<>());
        assertMatchesTruth(p, r);
        assertTrue(r.steps().get(1).strokes() >= 6, r.steps().get(1).toString());
    }

    @Test
    void otherSeedsAndThePad() {
        Routine roller = builtIn("foam roller, mid-back to hips");
        for (long seed : new long[] {21, 22}) {
            RoutinePerson mixed = RoutinePerson.parse(roller, "mixed");
            assertMatchesTruth(mixed, run(mixed, DeviceKind.PAD, seed, new ArrayList<>()));
            RoutinePerson p = RoutinePerson.parse(roller, "hard@1,too-fast@2,wrong-side@3,spine@5");
            assertMatchesTruth(p, run(p, DeviceKind.ROLLER, seed, new ArrayList<>()));
        }
    }
}
