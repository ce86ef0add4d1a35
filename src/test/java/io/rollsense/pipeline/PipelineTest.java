package io.rollsense.pipeline;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.PipelineStats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.Simulator;
import io.rollsense.source.GeneratorSource;
import io.rollsense.source.LineGenerator;
import io.rollsense.source.ReplaySource;
import io.rollsense.source.SimulatorSource;
import io.rollsense.testing.CollectingListener;
import io.rollsense.testing.TestDevice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pipeline semantics with an in-process generator source (no external processes). */
class PipelineTest {
    /** The test device, limited to {@code frames} frames; counts down {@code exhausted} at its end. */
    private static LineGenerator limited(TestDevice d, int frames, CountDownLatch exhausted) {
        return new LineGenerator() {
            private int n;

            @Override
            public String nextLine() {
                if (n++ > frames) {
                    exhausted.countDown();
                    return null;
                }
                return d.nextLine();
            }

            @Override
            public long lastDeviceTimeMs() {
                return d.lastDeviceTimeMs();
            }
        };
    }

    @Test
    void runEndsWhenTheSourceEndsAndStopsOnce() throws Exception {
        CollectingListener seen = new CollectingListener();
        AtomicInteger stops = new AtomicInteger();
        Pipeline p = Pipeline.builder()
                .source(new GeneratorSource("gen", limited(new TestDevice("g", 100, 50), 1000, new CountDownLatch(1)),
                        Double.POSITIVE_INFINITY, Long.MAX_VALUE))
                .listener(seen).listener(new PipelineListener() {
                    @Override
                    public void onStop() {
                        stops.incrementAndGet();
                    }
                }).shutdownHook(false).build();
        PipelineStats stats = p.run(null);
        assertEquals(1000 - 20, stats.frames(), "every 50th frame is corrupted");
        assertEquals(20, stats.badLines());
        assertEquals(0, stats.queueDrops());
        assertEquals(1, stats.devices());
        assertEquals(1, stops.get());
        assertTrue(seen.stopped());
        assertEquals(1000, seen.frameLines("g"));
    }

    @Test
    void fullQueueCountsDropsAndNeverBlocksTheReader() throws Exception {
        CountDownLatch exhausted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        int frames = 20_000;
        PipelineListener slow = new PipelineListener() {
            @Override
            public void onRawLine(String deviceId, String line, long hostTimeMs) {
                try {
                    release.await(20, TimeUnit.SECONDS); // the analyzer thread is stuck here
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Pipeline p = Pipeline.builder()
                .source(new GeneratorSource("gen", limited(new TestDevice("q", 100, 0), frames, exhausted),
                        Double.POSITIVE_INFINITY, Long.MAX_VALUE))
                .listener(slow).queueCapacity(16).shutdownHook(false).build();
        p.start();
        assertTrue(exhausted.await(20, TimeUnit.SECONDS), "the reader got through all lines while the analyzer was stuck");
        release.countDown();
        assertTrue(p.awaitStopped(Duration.ofSeconds(20)));
        PipelineStats stats = p.stats();
        assertTrue(stats.queueDrops() > frames / 2, "drops counted: " + stats);
        assertEquals(frames + 1, stats.frames() + stats.queueDrops() + 1, "every line analysed or counted as dropped: " + stats);
    }

    @Test
    void replaysACaptureFile(@TempDir Path dir) throws Exception {
        TestDevice d = new TestDevice("file", 100, 10);
        StringBuilder capture = new StringBuilder();
        for (int i = 0; i <= 500; i++) {
            capture.append(d.nextLine()).append('\n');
        }
        capture.append("garbage without newline");
        Path file = Files.writeString(dir.resolve("capture.txt"), capture);
        PipelineStats stats = Pipeline.builder().source(new ReplaySource(file, Double.POSITIVE_INFINITY))
                .shutdownHook(false).build().run(Duration.ofSeconds(30));
        assertEquals(450, stats.frames());
        assertEquals(51, stats.badLines(), "corrupted frames and the unterminated garbage at the end");
    }

    @Test
    void simulatorThroughTheRealAnalyzerGivesFieldsAndRhythm() throws Exception {
        Simulator sim = Simulator.of("steady", DeviceKind.ROLLER, PressureUnit.KPA, 100, 3, 30);
        AtomicInteger fields = new AtomicInteger();
        AtomicInteger cadences = new AtomicInteger();
        PipelineStats stats = Pipeline.builder().source(SimulatorSource.of("sim", sim, Double.POSITIVE_INFINITY))
                .listener(new PipelineListener() {
                    @Override
                    public void onField(String deviceId, PressureField field) {
                        fields.incrementAndGet();
                    }

                    @Override
                    public void onEvent(String deviceId, AnalysisEvent event) {
                        if (event instanceof AnalysisEvent.Cadence c && c.spm() != null) {
                            cadences.incrementAndGet();
                        }
                    }
                }).shutdownHook(false).build().run(Duration.ofSeconds(60));
        assertEquals(3000, stats.frames());
        assertEquals(0, stats.analysisErrors());
        assertEquals(3000, fields.get());
        assertTrue(cadences.get() > 10, "steady rolling has a cadence most seconds: " + cadences.get());
    }

    @Test
    void stopEndsAnEndlessSource() throws Exception {
        TestDevice endless = new TestDevice("e", 1000, 0);
        CollectingListener seen = new CollectingListener();
        Pipeline p = Pipeline.builder().source(new GeneratorSource("gen", endless, 1, Long.MAX_VALUE))
                .listener(seen).shutdownHook(false).build();
        p.start();
        seen.await("some frames", l -> l.frameLines("e") > 10, Duration.ofSeconds(20));
        p.stop();
        assertTrue(p.awaitStopped(Duration.ofSeconds(20)));
        assertTrue(seen.stopped());
    }
}
