package io.rollsense.source;

import io.rollsense.protocol.WireFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.DisconnectedBufferOptions;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Publishes simulated devices to a broker as real devices would (PROTOCOL topics): the hello
 * (retained, QoS 1) and {@code online} status (retained) on every (re)connect, {@code offline} as
 * the last will and on a clean stop, and frame lines in batches of {@code batchLines} per
 * {@code frames} message (QoS 0), paced in real time by device time (optionally faster).
 *
 * <p>One MQTT client per device (each has its own will); all devices are paced by the single
 * thread that calls {@link #run}, sleeping until the next batch is due; devices are spread in
 * phase over 100 ms, as independent devices would be. While the broker is
 * away, up to 10,000 messages per device are buffered and sent after the automatic reconnect.
 * Not thread-safe apart from {@link #stop()}.
 */
public final class MqttPublisher implements AutoCloseable {
    /** One simulated device: its id, hello line and the lines after the hello. */
    public record Device(String id, String helloLine, LineGenerator lines) {
    }

    private final MqttSettings settings;
    private final int batchLines;
    private final double speed;
    private final List<Link> links = new ArrayList<>();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean stopped;

    /** @param speed 1 = real time, larger = faster */
    public MqttPublisher(MqttSettings settings, List<Device> devices, int batchLines, double speed) throws IOException {
        if (batchLines < 1 || batchLines > 1000) {
            throw new IllegalArgumentException("batchLines must be in 1..1000, was " + batchLines);
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be > 0 and finite, was " + speed);
        }
        this.settings = settings;
        this.batchLines = batchLines;
        this.speed = speed;
        for (Device d : devices) {
            links.add(new Link(d, settings.connectOptions()));
        }
    }

    /** Frame lines published so far (all devices). */
    public long publishedLines() {
        return published.get();
    }

    /** Batches that could not be handed to the client (buffer full). */
    public long failedBatches() {
        return failed.get();
    }

    /** Asks {@link #run} to return; callable from any thread. */
    public void stop() {
        stopped = true;
    }

    /**
     * Connects every device at once (waiting at most 30 s), announces them, then publishes until every generator has
     * ended, {@code duration} has passed (null = no limit) or {@link #stop()} is called.
     *
     * @throws IOException when a device cannot connect (names the broker URI)
     */
    public void run(Duration duration) throws IOException, InterruptedException {
        List<IMqttToken> connecting = new ArrayList<>();
        for (Link l : links) {
            connecting.add(l.connect());
        }
        for (int i = 0; i < links.size(); i++) {
            links.get(i).await(connecting.get(i), "connect");
        }
        List<IMqttToken> announcing = new ArrayList<>();
        for (Link l : links) {
            announcing.add(l.announceFirst());
        }
        for (int i = 0; i < links.size(); i++) {
            links.get(i).await(announcing.get(i), "publish its hello");
        }
        long start = System.nanoTime();
        long end = duration == null ? Long.MAX_VALUE : start + duration.toNanos();
        PriorityQueue<Link> due = new PriorityQueue<>(Comparator.comparingLong(l -> l.dueNanos));
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            // real devices are not in phase: spread their batches over 100 ms instead of one burst
            l.phaseNanos = i * 100_000_000L / links.size();
            if (l.nextBatch(start)) {
                due.add(l);
            }
        }
        while (!stopped && !due.isEmpty()) {
            Link l = due.poll();
            long wait = l.dueNanos - System.nanoTime();
            if (l.dueNanos > end) {
                break;
            }
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            l.publishBatch();
            if (l.nextBatch(start)) {
                due.add(l);
            }
        }
    }

    /** Publishes {@code offline} for every device and disconnects. */
    @Override
    public void close() {
        stopped = true;
        for (Link l : links) {
            l.close();
        }
    }

    /** One device's client and its pending batch. */
    private final class Link implements MqttCallbackExtended {
        private final Device device;
        private final MqttConnectOptions options;
        private final MqttAsyncClient client;
        private final StringBuilder batch = new StringBuilder(1024);
        private int batchCount;
        private long firstDeviceMs = -1;
        long phaseNanos;
        long dueNanos;

        Link(Device device, MqttConnectOptions options) throws IOException {
            this.device = device;
            this.options = options;
            options.setWill(WireFormat.statusTopic(device.id()), "offline".getBytes(StandardCharsets.UTF_8), 1, true);
            try {
                client = new MqttAsyncClient(settings.uri(), "rollsense-sim-" + device.id(), new MemoryPersistence());
            } catch (MqttException e) {
                throw new IOException("cannot create MQTT client for " + settings.uri() + ": " + e.getMessage(), e);
            }
            DisconnectedBufferOptions buf = new DisconnectedBufferOptions();
            buf.setBufferEnabled(true);
            buf.setBufferSize(10_000);
            buf.setDeleteOldestMessages(true);
            client.setBufferOpts(buf);
            client.setCallback(this);
        }

        IMqttToken connect() throws IOException {
            try {
                return client.connect(options);
            } catch (MqttException e) {
                throw failure("connect", e);
            }
        }

        IMqttToken announceFirst() throws IOException {
            try {
                return announce();
            } catch (MqttException e) {
                throw failure("publish its hello", e);
            }
        }

        void await(IMqttToken token, String what) throws IOException {
            try {
                token.waitForCompletion(30_000);
            } catch (MqttException e) {
                throw failure(what, e);
            }
        }

        private IOException failure(String what, MqttException e) {
            return new IOException("device " + device.id() + " cannot " + what + " on " + settings.uri() + ": "
                    + e.getMessage(), e);
        }

        /** Reads the next batch; false when the generator has ended and nothing is pending. */
        boolean nextBatch(long startNanos) {
            batch.setLength(0);
            batchCount = 0;
            String line;
            while (batchCount < batchLines && (line = device.lines().nextLine()) != null) {
                batch.append(line).append('\n');
                if (line.startsWith("$")) {
                    batchCount++;
                }
            }
            long t = device.lines().lastDeviceTimeMs();
            if (firstDeviceMs < 0) {
                firstDeviceMs = t;
            }
            dueNanos = startNanos + phaseNanos + (long) ((t - firstDeviceMs) * 1e6 / speed);
            return batch.length() > 0;
        }

        void publishBatch() {
            try {
                client.publish(WireFormat.framesTopic(device.id()), batch.toString().getBytes(StandardCharsets.ISO_8859_1),
                        0, false);
                published.addAndGet(batchCount);
            } catch (MqttException e) {
                failed.incrementAndGet();
            }
        }

        private IMqttDeliveryToken publishRetained(String topic, String text) throws MqttException {
            return client.publish(topic, text.getBytes(StandardCharsets.UTF_8), 1, true);
        }

        /** Hello then {@code online}, both retained, as PROTOCOL asks after every connect. */
        private IMqttDeliveryToken announce() throws MqttException {
            publishRetained(WireFormat.helloTopic(device.id()), device.helloLine());
            return publishRetained(WireFormat.statusTopic(device.id()), "online");
        }

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            if (!reconnect) {
                return; // the first connect announces in connect(), before any frame
            }
            try {
                announce();
            } catch (MqttException e) {
                failed.incrementAndGet();
            }
        }

        @Override
        public void connectionLost(Throwable cause) {
            // automatic reconnect; batches are buffered meanwhile
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }

        void close() {
            try {
                if (client.isConnected()) {
                    publishRetained(WireFormat.statusTopic(device.id()), "offline");
                    client.disconnect(1000).waitForCompletion(2000);
                }
                client.close(true);
            } catch (MqttException e) {
                // best effort on the way out
            }
        }
    }
}
