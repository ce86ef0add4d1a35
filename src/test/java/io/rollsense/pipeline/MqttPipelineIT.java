package io.rollsense.pipeline;

import io.rollsense.api.StatusEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.source.MqttPublisher;
import io.rollsense.source.MqttSettings;
import io.rollsense.source.MqttSource;
import io.rollsense.testing.Background;
import io.rollsense.testing.CollectingListener;
import io.rollsense.testing.Mosquitto;
import io.rollsense.testing.TestDevice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline following devices on a real Mosquitto broker started by the test. */
class MqttPipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private static MqttPublisher.Device device(String id, int badEvery) {
        TestDevice d = new TestDevice(id, 100, badEvery);
        return new MqttPublisher.Device(id, d.helloLine(), d.skipHello());
    }

    @Test
    void followsTwoDevicesAndCountsBadLines() throws Exception {
        CollectingListener seen = new CollectingListener();
        try (Mosquitto broker = new Mosquitto(dir)) {
            Pipeline p = Pipeline.builder().source(new MqttSource(MqttSettings.of(broker.uri()), "+"))
                    .listener(seen).shutdownHook(false).build();
            p.start();
            seen.await("connected", l -> l.statusIndex(StatusEvent.Kind.CONNECTED, 0) >= 0, WAIT);
            MqttPublisher publisher = new MqttPublisher(MqttSettings.of(broker.uri()),
                    List.of(device("left", 20), device("right", 0)), 10, 4);
            Thread t = Background.publish(publisher);
            seen.await("frames of both devices and bad lines of one",
                    l -> l.frameLines("left") >= 200 && l.frameLines("right") >= 200 && l.badLines("left") >= 5, WAIT);
            publisher.stop();
            t.join(WAIT.toMillis());
            publisher.close();
            seen.await("offline status", l -> l.statuses().stream()
                    .anyMatch(s -> s.kind() == StatusEvent.Kind.OFFLINE && s.deviceId().equals("left")), WAIT);
            p.stop();
            assertTrue(p.awaitStopped(WAIT));
            assertEquals(2, p.stats().devices(), "one analysis per device: " + p.stats());
            assertEquals(seen.badLines("left"), p.stats().badLines());
        }
        assertEquals(0, seen.badLines("right"));
        assertEquals(2, seen.hellos().size());
        assertTrue(seen.statuses().stream().anyMatch(s -> s.kind() == StatusEvent.Kind.ONLINE && s.deviceId().equals("right")));
    }

    @Test
    void brokerRestartReconnectsAndDataContinues() throws Exception {
        CollectingListener seen = new CollectingListener();
        try (Mosquitto broker = new Mosquitto(dir)) {
            Pipeline p = Pipeline.builder().source(new MqttSource(MqttSettings.of(broker.uri()), "solo"))
                    .listener(seen).shutdownHook(false).build();
            p.start();
            seen.await("connected", l -> l.statusIndex(StatusEvent.Kind.CONNECTED, 0) >= 0, WAIT);
            MqttPublisher publisher = new MqttPublisher(MqttSettings.of(broker.uri()), List.of(device("solo", 0)), 10, 2);
            Thread t = Background.publish(publisher);
            seen.await("frames before restart", l -> l.frameLines("solo") >= 100, WAIT);
            broker.stop();
            seen.await("loss reported", l -> l.statusIndex(StatusEvent.Kind.DISCONNECTED, 0) >= 0, WAIT);
            long before = seen.frameLines("solo");
            broker.start();
            seen.await("reconnected", l -> l.statusIndex(StatusEvent.Kind.CONNECTED,
                    l.statusIndex(StatusEvent.Kind.DISCONNECTED, 0)) > 0, WAIT);
            seen.await("frames after restart", l -> l.frameLines("solo") >= before + 100, WAIT);
            publisher.stop();
            t.join(WAIT.toMillis());
            publisher.close();
            p.stop();
            assertTrue(p.awaitStopped(WAIT));
        }
        assertEquals(0, seen.badLines("solo"), "hello before frames, nothing garbled by the restart: " + seen.firstBad()
                + " " + seen.statuses());
        int lost = seen.statusIndex(StatusEvent.Kind.DISCONNECTED, 0);
        assertTrue(seen.statuses().get(lost).message().contains("tcp://127.0.0.1:"), "names the broker");
        assertTrue(seen.statuses().get(seen.statusIndex(StatusEvent.Kind.CONNECTED, lost)).message().startsWith("reconnected"));
    }
}
