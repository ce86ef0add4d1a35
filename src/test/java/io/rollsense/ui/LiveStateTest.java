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
}
