package io.rollsense.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.session.SessionMetadata;
import io.rollsense.session.SessionRecorder;
import io.rollsense.sim.Simulator;
import io.rollsense.source.LineGenerator;
import io.rollsense.source.MqttPublisher;
import io.rollsense.source.MqttSettings;
import io.rollsense.source.MqttSource;
import io.rollsense.source.Pacer;
import io.rollsense.source.ReplaySource;
import io.rollsense.source.SerialSource;
import io.rollsense.testing.Background;
import io.rollsense.testing.Mosquitto;
import io.rollsense.testing.SocatPair;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A replay gives exactly the live run's events", on every source: one capture (rolling onto the
 * spine, pressing too hard, a resent hello that keeps the analysis, then a new frame rate that
 * restarts it) analysed offline ({@code analyze}) is the reference; the same lines read live from
 * a real socat pty, through a real Mosquitto broker, from the file, and played back from the
 * session recorded during the file run, must give the same events in the same order.
 */
class ReplayEqualsLiveIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DEVICE = "sim-01"; // the simulator's device id
    private static final String LAST_LINE = "# end of capture";
    /** Capture lines and, per line, a monotonic device time for pacing (the second segment's clock restarts). */
    private static final List<String> LINES = new ArrayList<>();
    private static final List<Long> PACE_MS = new ArrayList<>();
    private static List<String> reference;

    @TempDir
    static Path dir;

    @BeforeAll
    static void captureAndReference() throws Exception {
        Simulator a = Simulator.of("steady:10,spine:20,hard:20", DeviceKind.ROLLER, PressureUnit.KPA, 50, 7, 0);
        Simulator b = Simulator.of("steady:15:spm=30", DeviceKind.ROLLER, PressureUnit.KPA, 100, 8, 0);
        long offset = add(a, 0);
        LINES.add(HelloCodec.encode(a.hello())); // resent: same layout, the analysis continues
        PACE_MS.add(offset);
        long end = add(b, offset); // 100 Hz: a new analyzer on the same timeline
        LINES.add(LAST_LINE); // a device log line: tells the live tests that every line has arrived
        PACE_MS.add(end);
        Files.write(capture(), LINES, StandardCharsets.ISO_8859_1);
        List<String> events = new ArrayList<>();
        new CaptureAnalysis(AnalysisSettings.DEFAULTS, null, e -> events.add(e.toString()))
                .run(capture(), new SummaryCollector(AnalysisSettings.DEFAULTS));
        reference = events;
        assertTrue(reference.stream().anyMatch(s -> s.startsWith("AlertRaised[kind=SPINE")), "the capture has a spine alert");
        assertTrue(reference.stream().anyMatch(s -> s.startsWith("AlertRaised[kind=OVERPRESSURE")), "and an overpressure one");
        assertTrue(reference.stream().filter(s -> s.startsWith("Stroke")).count() > 20, "and strokes");
    }

    private static long add(Simulator sim, long offsetMs) {
        String line;
        long last = offsetMs;
        while ((line = sim.nextLine()) != null) {
            LINES.add(line);
            last = offsetMs + sim.lastElapsedMs();
            PACE_MS.add(last);
        }
        return last + 20;
    }

    private static Path capture() {
        return dir.resolve("capture.txt");
    }

    @Test
    void fileSourceAndItsRecordedSession() throws Exception {
        Events live = new Events();
        Path session = dir.resolve("file-run.rsession");
        SessionRecorder rec = SessionRecorder.startFile(session, SessionMetadata.of("test", "replay-equals-live"), msg -> { });
        Pipeline p = Pipeline.builder().source(new ReplaySource(capture(), Double.POSITIVE_INFINITY))
                .listener(live).listener(rec).session(rec).shutdownHook(false).build();
        p.run(WAIT);
        assertEquals(reference, live.events(), "file source");
        assertEquals(0, p.stats().queueDrops());

        Events played = new Events();
        SessionPlayback replay = SessionPlayback.start(rec.file(), AnalysisSettings.DEFAULTS, null, null, List.of(), 0,
                SessionPlayback.MAX_SPEED, List.of(played));
        assertTrue(replay.await(WAIT.toSeconds(), TimeUnit.SECONDS), "playback ends");
        assertEquals(reference, played.events(), "session playback (review), through the one pipeline and pacer");

        List<String> analysed = new ArrayList<>();
        new CaptureAnalysis(AnalysisSettings.DEFAULTS, null, e -> analysed.add(e.toString()))
                .run(rec.file(), new SummaryCollector(AnalysisSettings.DEFAULTS));
        assertEquals(reference, analysed, "analyze of the recorded session");
    }

    @Test
    void serialPty() throws Exception {
        Events live = new Events();
        try (SocatPair pty = new SocatPair(Files.createDirectories(dir.resolve("pty")))) {
            Pipeline p = Pipeline.builder().source(new SerialSource(pty.hostEnd().toString(), 115200))
                    .listener(live).shutdownHook(false).build();
            p.start();
            live.awaitStatus(StatusEvent.Kind.CONNECTED);
            Pacer pacer = new Pacer(8);
            try (OutputStream out = new FileOutputStream(pty.deviceEnd().toFile())) {
                for (int i = 0; i < LINES.size(); i++) {
                    pacer.awaitDeviceTime(PACE_MS.get(i));
                    out.write((LINES.get(i) + "\n").getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            live.awaitLog("end of capture");
            p.stop();
            assertTrue(p.awaitStopped(WAIT));
            assertEquals(0, p.stats().queueDrops());
            assertEquals(0, p.stats().badLines());
        }
        assertEquals(reference, live.events(), "serial source");
    }

    @Test
    void mqttBroker() throws Exception {
        Events live = new Events();
        try (Mosquitto broker = new Mosquitto(Files.createDirectories(dir.resolve("mqtt")))) {
            Pipeline p = Pipeline.builder().source(new MqttSource(MqttSettings.of(broker.uri()), DEVICE))
                    .listener(live).shutdownHook(false).build();
            p.start();
            live.awaitStatus(StatusEvent.Kind.CONNECTED);
            MqttPublisher publisher = new MqttPublisher(MqttSettings.of(broker.uri()),
                    List.of(new MqttPublisher.Device(DEVICE, LINES.get(0), new ListLines())), 10, 8);
            Thread t = Background.publish(publisher);
            t.join(WAIT.toMillis());
            live.awaitLog("end of capture");
            publisher.close();
            p.stop();
            assertTrue(p.awaitStopped(WAIT));
            assertEquals(0, publisher.failedBatches());
            assertEquals(0, p.stats().queueDrops());
        }
        assertEquals(reference, live.events(), "MQTT source");
    }

    /** The capture after its first hello, as a device's line generator (paced by the monotonic time). */
    private static final class ListLines implements LineGenerator {
        private int next = 1;

        @Override
        public String nextLine() {
            return next < LINES.size() ? LINES.get(next++) : null;
        }

        @Override
        public long lastDeviceTimeMs() {
            return PACE_MS.get(next - 1);
        }
    }

    /** Events of the device as strings, raw-line count and statuses; waits with timeouts. */
    private static final class Events implements PipelineListener {
        private final List<String> events = new ArrayList<>();
        private final List<StatusEvent> statuses = new ArrayList<>();

        @Override
        public synchronized void onEvent(String deviceId, AnalysisEvent event) {
            events.add(DEVICE.equals(deviceId) ? event.toString() : deviceId + ": " + event);
        }

        @Override
        public synchronized void onStatus(StatusEvent status) {
            statuses.add(status);
            notifyAll();
        }

        synchronized List<String> events() {
            return List.copyOf(events);
        }

        synchronized void awaitStatus(StatusEvent.Kind kind) throws InterruptedException {
            await(s -> s.kind() == kind, "a " + kind + " status");
        }

        synchronized void awaitLog(String text) throws InterruptedException {
            await(s -> s.kind() == StatusEvent.Kind.LOG && s.message().contains(text), "the log line '" + text + "'");
        }

        private void await(java.util.function.Predicate<StatusEvent> wanted, String what) throws InterruptedException {
            long end = System.nanoTime() + WAIT.toNanos();
            while (statuses.stream().noneMatch(wanted)) {
                long left = end - System.nanoTime();
                assertTrue(left > 0, "no " + what + ": " + statuses);
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }
}
