package io.rollsense.testing;

import io.rollsense.source.MqttPublisher;

/** Runs a publisher on a daemon thread until it ends or is stopped. */
public final class Background {
    private Background() {
    }

    public static Thread publish(MqttPublisher publisher) {
        Thread t = new Thread(() -> {
            try {
                publisher.run(null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "test-publisher");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
