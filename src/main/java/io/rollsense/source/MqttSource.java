package io.rollsense.source;

import io.rollsense.protocol.WireFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Follows one device ({@code rollsense/<id>/...}) or every device ({@code +}) on an MQTT broker
 * (Paho v3, in-memory persistence, clean session). Topics: {@code hello} (retained hello line),
 * {@code frames} (frame lines separated by {@code \n}), {@code status} ({@code online}/{@code offline},
 * retained; {@code offline} is the device's last will). Each device is its own channel.
 *
 * <p>Threads: a named thread {@code source-mqtt-connect} retries the first connection with a
 * backoff (100 ms to 2 s, sleeping); afterwards Paho reconnects automatically and the
 * subscriptions are renewed in {@code connectComplete}; the same thread then checks once a second
 * and asks for a reconnect itself if Paho has not managed one within 5 s. Messages are handed on from Paho's
 * callback thread without blocking. Connection losses are reported naming the broker URI.
 */
public final class MqttSource implements FrameSource {
    private static final byte[] NEWLINE = {'\n'};
    /** Devices whose last status is remembered to pass on changes only. */
    private static final int STATUS_MEMORY = 100_000;
    /** Last online/offline per device; touched only on Paho's callback thread. */
    private final java.util.Map<String, Boolean> lastStatus = new java.util.HashMap<>();
    private final MqttSettings settings;
    private final String device;
    private ReaderThread connector;
    private volatile MqttAsyncClient client;
    private volatile boolean everConnected;
    private volatile MqttFailure lastFailure;

    /** @param device device id, or {@code +} for every device */
    public MqttSource(MqttSettings settings, String device) {
        if (device == null || device.isEmpty() || device.contains("/") || device.contains("#")
                || (device.contains("+") && !device.equals("+"))) {
            throw new IllegalArgumentException("device must be an id without '/', '#', '+' or exactly '+', was '"
                    + device + "'");
        }
        this.settings = settings;
        this.device = device;
    }

    @Override
    public String name() {
        return "mqtt " + settings.uri() + " device " + device;
    }

    @Override
    public void start(SourceListener listener) {
        connector = new ReaderThread("source-mqtt-connect", () -> connect(listener));
        connector.start();
    }

    private void connect(SourceListener listener) {
        String uri = settings.uri();
        MqttConnectOptions options;
        try {
            options = settings.connectOptions();
            client = new MqttAsyncClient(uri, "rollsense-live-" + Long.toHexString(ThreadLocalRandom.current().nextLong()),
                    new MemoryPersistence());
        } catch (IOException | MqttException | IllegalArgumentException e) {
            listener.onDisconnected(uri, "cannot use broker " + uri + ": " + e.getMessage());
            listener.onEnd(name());
            return;
        }
        client.setCallback(new Callback(listener));
        long backoffMs = 100;
        boolean reported = false;
        while (connector.running()) {
            try {
                client.connect(options).waitForCompletion(10_000);
                supervise();
                return;
            } catch (MqttException e) {
                MqttFailure f = MqttFailure.of(e, uri);
                lastFailure = f;
                if (f.permanent()) {
                    listener.onDisconnected(uri, f.message() + "; giving up");
                    listener.onEnd(name());
                    return;
                }
                if (!reported) {
                    reported = true;
                    listener.onDisconnected(uri, f.message() + "; retrying");
                }
            }
            try {
                Thread.sleep(backoffMs);
            } catch (InterruptedException e) {
                return;
            }
            backoffMs = Math.min(2000, backoffMs * 2);
        }
    }

    /**
     * Backs up Paho's automatic reconnect: when the client has been disconnected for more than 5 s
     * it asks for a reconnect itself (checked once a second, sleeping). A connect attempt that has
     * hung for more than 20 s (Paho's timeout covers the TCP connect, not the CONNACK) is dropped
     * by force so that the next attempt can start.
     */
    private void supervise() {
        long downSince = 0;
        long lastTry = 0;
        while (connector.running()) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            if (client.isConnected()) {
                downSince = 0;
                continue;
            }
            if (downSince == 0) {
                downSince = now;
                lastTry = now;
                continue;
            }
            if (now - lastTry < 5_000_000_000L) {
                continue;
            }
            lastTry = now;
            try {
                client.reconnect();
            } catch (MqttException e) {
                if (e.getReasonCode() == MqttException.REASON_CODE_CONNECT_IN_PROGRESS && now - downSince > 20_000_000_000L) {
                    try {
                        client.disconnectForcibly(0, 0, false);
                    } catch (MqttException ignored) {
                        // nothing to drop
                    }
                }
            }
        }
    }

    private void subscribe(SourceListener listener) {
        String root = WireFormat.MQTT_ROOT + "/" + device + "/";
        try {
            client.subscribe(new String[] {root + "hello", root + "status", root + "frames"}, new int[] {1, 1, 1});
        } catch (MqttException e) {
            listener.onDisconnected(settings.uri(), "cannot subscribe to " + root + "# on " + settings.uri() + ": "
                    + e.getMessage());
        }
    }

    private final class Callback implements MqttCallbackExtended {
        private final SourceListener listener;

        Callback(SourceListener listener) {
            this.listener = listener;
        }

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            everConnected = true;
            listener.onConnected(settings.uri(), (reconnect ? "reconnected to " : "connected to ") + serverUri);
            subscribe(listener);
        }

        @Override
        public void connectionLost(Throwable cause) {
            listener.onDisconnected(settings.uri(), "lost broker " + settings.uri() + " ("
                    + (cause == null ? "closed" : cause.getMessage()) + "); reconnecting");
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            long nanos = System.nanoTime();
            String[] parts = topic.split("/", -1);
            if (parts.length != 3) {
                return;
            }
            String id = parts[1];
            byte[] payload = message.getPayload();
            switch (parts[2]) {
                case "hello", "frames" -> {
                    listener.onData(id, payload, 0, payload.length, nanos);
                    if (payload.length == 0 || payload[payload.length - 1] != '\n') {
                        listener.onData(id, NEWLINE, 0, 1, nanos);
                    }
                }
                case "status" -> status(id, topic, payload, nanos);
                default -> {
                    // other sub-topics are not part of protocol v1
                }
            }
        }

        /**
         * {@code online} / {@code offline} are passed on when they change; anything else on a status
         * topic is a bad line of that device (counted and reported like any, never echoed per message).
         */
        private void status(String id, String topic, byte[] payload, long nanos) {
            String s = new String(payload, StandardCharsets.UTF_8).strip();
            if (s.equals("online") || s.equals("offline")) {
                Boolean online = s.equals("online");
                if (lastStatus.size() > STATUS_MEMORY) {
                    lastStatus.clear(); // bounded: at worst a repeat is passed on again
                }
                if (!online.equals(lastStatus.put(id, online))) {
                    listener.onDeviceStatus(id, online, "device " + id + " is " + s + " (" + topic + ")");
                }
            } else if (!s.isEmpty()) {
                byte[] bad = ("status:" + s.substring(0, Math.min(s.length(), 200)) + "\n").getBytes(StandardCharsets.UTF_8);
                listener.onData(id, bad, 0, bad.length, nanos); // starts with neither $ nor #: an 'unknown' bad line
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }

    /**
     * Why this source never delivered: a permanent failure (not authorized, certificate not trusted),
     * or the broker was never reached; {@code null} once it has connected.
     */
    @Override
    public String failure() {
        MqttFailure f = lastFailure;
        if (f != null && (f.permanent() || !everConnected)) {
            return f.message();
        }
        return null;
    }

    @Override
    public void close() {
        if (connector != null) {
            connector.stop(Duration.ofSeconds(2));
        }
        MqttAsyncClient c = client;
        if (c != null) {
            try {
                if (c.isConnected()) {
                    c.disconnect(500).waitForCompletion(1000);
                }
            } catch (MqttException e) {
                // closing anyway
            }
            try {
                c.close(true);
            } catch (MqttException e) {
                // already closed
            }
        }
    }
}
