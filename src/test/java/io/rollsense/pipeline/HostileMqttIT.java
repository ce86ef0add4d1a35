package io.rollsense.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.api.StatusEvent;
import io.rollsense.source.MqttPublisher;
import io.rollsense.source.MqttSettings;
import io.rollsense.source.MqttSource;
import io.rollsense.testing.Background;
import io.rollsense.testing.CollectingListener;
import io.rollsense.testing.Mosquitto;
import io.rollsense.testing.TestDevice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input on a real Mosquitto: too many devices, garbage on status topics. */
class HostileMqttIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** Publishes each message on {@code topic} with a real Paho client (QoS 1, as a device would). */
    private static void publish(String uri, String topic, List<String> messages) throws Exception {
        try (org.eclipse.paho.client.mqttv3.MqttClient c = new org.eclipse.paho.client.mqttv3.MqttClient(uri,
                "hostile-test", new org.eclipse.paho.client.mqttv3.persist.MemoryPersistence())) {
            var o = new org.eclipse.paho.client.mqttv3.MqttConnectOptions();
            o.setMaxInflight(1000);
            c.connect(o);
            for (String m : messages) {
                c.publish(topic, m.getBytes(StandardCharsets.UTF_8), 1, false);
            }
            c.disconnect();
        }
    }

    @Test
    void garbageOnAStatusTopicIsCountedNotEchoed() throws Exception {
        CollectingListener seen = new CollectingListener();
        try (Mosquitto broker = new Mosquitto(dir)) {
            Pipeline p = Pipeline.builder().source(new MqttSource(MqttSettings.of(broker.uri()), "+"))
                    .listener(seen).shutdownHook(false).build();
            p.start();
            seen.await("connected", l -> l.statusIndex(StatusEvent.Kind.CONNECTED, 0) >= 0, WAIT);
            List<String> spam = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                spam.add(i % 100 == 0 ? "offline" : "garbage " + i);
            }
            publish(broker.uri(), "rollsense/spam/status", spam);
            seen.await("every garbage message counted", l -> l.badLines("spam") >= 990, WAIT);
            p.stop();
            assertTrue(p.awaitStopped(WAIT));
        }
        assertEquals(990, seen.badLines("spam"));
        long statusLines = seen.statuses().stream().filter(s -> "spam".equals(s.deviceId())).count();
        assertTrue(statusLines <= 20, "counted, not one status per message: " + statusLines);
    }

    @Test
    void devicesPastTheCapAreRefusedWithOneMessage() throws Exception {
        CollectingListener seen = new CollectingListener();
        try (Mosquitto broker = new Mosquitto(dir)) {
            Pipeline p = Pipeline.builder().source(new MqttSource(MqttSettings.of(broker.uri()), "+"))
                    .listener(seen).maxDevices(3).shutdownHook(false).build();
            p.start();
            seen.await("connected", l -> l.statusIndex(StatusEvent.Kind.CONNECTED, 0) >= 0, WAIT);
            List<MqttPublisher.Device> devices = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                TestDevice d = new TestDevice("cap" + i, 100, 0);
                devices.add(new MqttPublisher.Device(d.hello().deviceId(), d.helloLine(), d.skipHello()));
            }
            MqttPublisher publisher = new MqttPublisher(MqttSettings.of(broker.uri()), devices, 10, 4);
            Thread t = Background.publish(publisher);
            seen.await("the cap said", l -> l.statuses().stream().anyMatch(s -> s.message().contains("device cap reached")),
                    WAIT);
            seen.await("frames of the devices let in", l -> l.hellos().keySet().stream()
                    .allMatch(id -> l.frameLines(id) >= 100) && !l.hellos().isEmpty(), WAIT);
            assertEquals(3, seen.hellos().size(), "three devices at once: " + seen.hellos().keySet());
            publisher.stop(); // their offline frees their places: the cap counts devices at once
            t.join(WAIT.toMillis());
            publisher.close();
            p.stop();
            assertTrue(p.awaitStopped(WAIT));
        }
        assertEquals(1, seen.statuses().stream().filter(s -> s.message().contains("device cap reached")).count());
        assertTrue(seen.statuses().stream().anyMatch(s -> s.message().contains("past the device cap ignored")));
    }
}
