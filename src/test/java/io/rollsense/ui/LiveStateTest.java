package io.rollsense.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisSettings;
import org.junit.jupiter.api.Test;

class LiveStateTest {
    private static StatusEvent dropped(String device, long total) {
        return new StatusEvent(StatusEvent.Kind.DROPPED, device,
                total + " frame(s) missing so far from " + device + " (sequence gaps)", 0, total);
    }

    @Test
    void droppedFramesAreEachDevicesLatestTotalSummed() {
        LiveState s = new LiveState(AnalysisSettings.DEFAULTS);
        s.apply(dropped("a", 5));
        s.apply(dropped("a", 8));
        assertEquals(8, s.droppedFrames(), "a running total is not added to itself");
        s.apply(dropped("b", 3));
        assertEquals(11, s.droppedFrames(), "two devices add up");
    }

    @Test
    void aDisconnectReportedOnTheBrokerUriMeansTheBrokerIsUnreachable() {
        LiveState s = new LiveState(AnalysisSettings.DEFAULTS);
        s.apply(new StatusEvent(StatusEvent.Kind.DISCONNECTED, "tcp://10.0.0.9:1883",
                "broker unreachable: tcp://10.0.0.9:1883 (Connection refused); retrying", 0));
        assertEquals("broker unreachable", s.connection());
        s.apply(new StatusEvent(StatusEvent.Kind.DISCONNECTED, "/dev/ttyACM0", "unplugged", 0));
        assertEquals("disconnected", s.connection());
    }

    @Test
    void aJumpOfMissingFramesIsABurstASlowTrickleIsNot() {
        LiveState s = new LiveState(AnalysisSettings.DEFAULTS);
        s.apply(new StatusEvent(StatusEvent.Kind.DROPPED, "a", "", 1_000, 3));
        s.apply(new StatusEvent(StatusEvent.Kind.DROPPED, "a", "", 2_000, 6));
        assertEquals(0, s.burstHostMs());
        s.apply(new StatusEvent(StatusEvent.Kind.DROPPED, "a", "", 3_000, 600));
        assertEquals(3_000, s.burstHostMs());
    }
}
