package io.rollsense.ui;

import io.rollsense.testing.SyntheticRoll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.rollsense.core.AnalysisEvent;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveFeedTest {
    @Test
    void followsTheFirstDeviceAndCountsTheOthers() {
        LiveFeed feed = new LiveFeed();
        feed.onHello(SyntheticRoll.HELLO, 0);
        feed.onHello(new Hello("other", DeviceKind.BALLS, 50, PressureUnit.KPA, -32, 32), 0);
        feed.onField("synthetic-roller", SyntheticRoll.field(0, 20, 0.2));
        feed.onField("other", SyntheticRoll.field(10, 20, 0.2));
        feed.onEvent("other", new AnalysisEvent.Stroke(10));
        feed.onEvent("synthetic-roller", new AnalysisEvent.Stroke(20));
        assertEquals("synthetic-roller", feed.deviceId());
        assertEquals(1, feed.otherDevices());
        assertEquals(1, feed.ring().written());
        List<Object> events = new ArrayList<>();
        feed.drain(events);
        assertEquals(List.of(SyntheticRoll.HELLO, new AnalysisEvent.Stroke(20)), events);
    }

    @Test
    void timeGoingBackStartsAFreshRing() {
        LiveFeed feed = new LiveFeed();
        feed.onHello(SyntheticRoll.HELLO, 0);
        SampleRing first = feed.ring();
        for (long t = 0; t <= 5000; t += 10) {
            feed.onField("synthetic-roller", SyntheticRoll.field(t, 20, 0.2));
        }
        feed.onField("synthetic-roller", SyntheticRoll.field(4500, 20, 0.2)); // small jitter back: kept
        assertSame(first, feed.ring());
        feed.onField("synthetic-roller", SyntheticRoll.field(1000, 20, 0.2)); // replay sought back
        assertNotSame(first, feed.ring());
        assertEquals(1, feed.ring().written());
    }
}
