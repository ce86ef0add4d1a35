package io.rollsense.pipeline;

import io.rollsense.api.PipelineStats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.source.GeneratorSource;
import io.rollsense.testing.TestDevice;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** One device's failure never stops another's coaching; a dead analyzer thread is never a silent end. */
class PipelineFailureTest {
    /** Counts analysis events and log statuses per device. */
    static final class PerDevice implements PipelineListener {
        final Map<String, Integer> events = new ConcurrentHashMap<>();
        final Map<String, String> logs = new ConcurrentHashMap<>();

        @Override
        public void onEvent(String deviceId, AnalysisEvent event) {
            events.merge(deviceId, 1, Integer::sum);
        }

        @Override
        public void onStatus(StatusEvent s) {
            if (s.kind() == StatusEvent.Kind.LOG) {
                logs.put(s.deviceId(), s.message());
            }
        }
    }

    private static Pipeline.Builder twoDevices(io.rollsense.core.DeviceAnalysis.Calibrations factory, PipelineListener l) {
        return Pipeline.builder()
                .source(new GeneratorSource("a", new TestDevice("a", 100, 0), Double.POSITIVE_INFINITY, 3000))
                .source(new GeneratorSource("b", new TestDevice("b", 100, 0), Double.POSITIVE_INFINITY, 3000))
                .calibrations(factory).listener(l).shutdownHook(false);
    }

    @Test
    void aDeviceWhoseAnalyzerOverflowsTheStackStopsAloneAndTheOtherGoesOn() throws Exception {
        PerDevice seen = new PerDevice();
        Pipeline p = twoDevices(hello -> {
            if (hello.deviceId().equals("a")) {
                throw new StackOverflowError("injected");
            }
            return io.rollsense.core.Calibration.identity(hello.channelCount());
        }, seen).build();
        PipelineStats stats = p.run(null);
        assertEquals(2, stats.devices());
        assertTrue(seen.events.getOrDefault("b", 0) >= 25, "b is still coached: " + seen.events);
        assertEquals(0, seen.events.getOrDefault("a", 0));
        assertTrue(seen.logs.get("a").contains("cannot analyse a"), seen.logs.toString());
    }

    @Test
    void anErrorThatKillsTheAnalyzerThreadEndsTheRunWithAnException() throws Exception {
        PerDevice seen = new PerDevice();
        Pipeline p = twoDevices(hello -> {
            if (hello.deviceId().equals("a")) {
                throw new OutOfMemoryError("injected: Java heap space");
            }
            return io.rollsense.core.Calibration.identity(hello.channelCount());
        }, seen).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.run(null));
        assertTrue(e.getMessage().contains("Java heap space"), e.getMessage());
        assertTrue(p.awaitStopped(java.time.Duration.ofSeconds(10)), "stopped, sources closed");
    }

    @Test
    void aBurstOfMissingFramesIsSaidToBeABurst() throws Exception {
        TestDevice d = new TestDevice("burst", 100, 0);
        io.rollsense.source.LineGenerator lossy = new io.rollsense.source.LineGenerator() {
            private int n;

            @Override
            public String nextLine() {
                if (++n == 300) {
                    d.skip(400); // a broker dropped 4 s of frames at once
                }
                return n > 1000 ? null : d.nextLine();
            }

            @Override
            public long lastDeviceTimeMs() {
                return d.lastDeviceTimeMs();
            }
        };
        java.util.List<StatusEvent> dropped = new java.util.concurrent.CopyOnWriteArrayList<>();
        Pipeline p = Pipeline.builder().source(new GeneratorSource("burst", lossy, Double.POSITIVE_INFINITY, Long.MAX_VALUE))
                .listener(new PipelineListener() {
                    @Override
                    public void onStatus(StatusEvent s) {
                        if (s.kind() == StatusEvent.Kind.DROPPED) {
                            dropped.add(s);
                        }
                    }
                }).shutdownHook(false).build();
        p.run(null);
        assertEquals(400, dropped.get(dropped.size() - 1).count());
        assertTrue(dropped.stream().anyMatch(s -> s.message().contains("400 in a burst")), dropped.toString());
    }
}
