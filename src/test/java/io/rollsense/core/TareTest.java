package io.rollsense.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A requested tare zeroes drift but never a body on the roller; it can be taken back. */
class TareTest {

    @Test
    void tareWhileLoadedIsRefusedAndTheAlertThresholdIsStillReached() {
        // lying on the roller: 45 kPa on every taxel, then T
        Recorder r = Recorder.of(Recorder.roller(100)).run(2, (t, i) -> 45.0);
        r.analyzer.requestTare();
        r.run(1.5, (t, i) -> 45.0);
        List<AnalysisEvent.Tare> tares = r.of(AnalysisEvent.Tare.class);
        assertEquals(1, tares.size(), tares.toString());
        assertEquals(TareResult.REFUSED, tares.get(0).result());
        assertEquals(45, tares.get(0).highestKpa(), 1e-9);
        assertEquals(0, r.analyzer.calibration().offsets()[0], 1e-9);
        assertEquals(45, r.analyzer.lastField().maxKpa(), 1e-9);
        // pressing harder still reaches the too-hard limit at its real value
        double limit = r.analyzer.overpressureKpa();
        r.run(2, (t, i) -> limit + 5);
        List<AnalysisEvent.AlertRaised> raised = r.of(AnalysisEvent.AlertRaised.class).stream()
                .filter(a -> a.kind() == AlertKind.OVERPRESSURE).toList();
        assertEquals(1, raised.size(), r.events.toString());
        assertEquals(limit, raised.get(0).thresholdKpa(), 1e-9);
    }

    @Test
    void gettingOnTheRollerDuringTheStretchRefusesTheTare() {
        Recorder r = Recorder.of(Recorder.roller(100)).run(1, (t, i) -> 0.0);
        r.analyzer.requestTare();
        r.run(0.5, (t, i) -> 1.0);
        r.run(1, (t, i) -> 40.0);
        List<AnalysisEvent.Tare> tares = r.of(AnalysisEvent.Tare.class);
        assertEquals(List.of(TareResult.REFUSED), tares.stream().map(AnalysisEvent.Tare::result).toList());
        assertEquals(40, r.analyzer.lastField().maxKpa(), 1e-9);
    }

    @Test
    void driftIsTaredAndTheTareCanBeUndone() {
        Recorder r = Recorder.of(Recorder.roller(100)).run(1, (t, i) -> 5.0);
        r.analyzer.requestTare();
        r.run(1.5, (t, i) -> 5.0);
        assertEquals(0, r.analyzer.lastField().maxKpa(), 1e-9);
        AnalysisEvent.Tare done = r.of(AnalysisEvent.Tare.class).get(0);
        assertEquals(TareResult.DONE, done.result());
        assertEquals(5, done.highestKpa(), 1e-9);
        assertTrue(done.timeMs() >= 1000 && done.timeMs() <= 2100, done.toString());

        r.analyzer.undoTare();
        r.run(0.1, (t, i) -> 5.0);
        assertEquals(5, r.analyzer.lastField().maxKpa(), 1e-9);
        assertEquals(TareResult.UNDONE, r.of(AnalysisEvent.Tare.class).get(1).result());
        // a second undo has nothing to take back: no event, the zero stays
        r.analyzer.undoTare();
        r.run(0.1, (t, i) -> 5.0);
        assertEquals(2, r.of(AnalysisEvent.Tare.class).size());
        assertEquals(5, r.analyzer.lastField().maxKpa(), 1e-9);
    }

    @Test
    void aReplayRepeatsTheRecordedTaresAndGivesTheSameEvents() {
        // live: drift 5 kPa, T at 2 s (done), someone on the roller, T again (refused), U (undone)
        java.util.function.BiFunction<Double, Integer, Double> drift = (t, i) -> t < 6 || t > 9 ? 5.0 : 40.0;
        Recorder live = Recorder.of(Recorder.roller(100)).run(2, drift);
        live.analyzer.requestTare();
        live.run(5, drift);
        live.analyzer.requestTare();
        live.run(2, drift);
        live.analyzer.undoTare();
        live.run(3, drift).finish();
        List<AnalysisEvent.Tare> tares = live.of(AnalysisEvent.Tare.class);
        assertEquals(List.of(TareResult.DONE, TareResult.REFUSED, TareResult.UNDONE),
                tares.stream().map(AnalysisEvent.Tare::result).toList());

        Recorder replay = Recorder.of(Recorder.roller(100));
        replay.analyzer.replayTares(Analyzer.tareSchedule(tares));
        replay.run(12, drift).finish();
        assertEquals(live.events, replay.events, "the replay decides as the live run did");
    }
}
