package io.rollsense.pipeline;

import io.rollsense.api.StatusEvent;
import io.rollsense.protocol.BadLine;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;

/** What the reader threads hand to the analyzer thread. Immutable. */
sealed interface QueueItem {
    /** Channel the item came from (port path or MQTT device id). */
    String channel();

    /** One decoded line: exactly one of hello, frame, log, bad is non-null. */
    record Line(String channel, String raw, Hello hello, Frame frame, long dropped, String log, BadLine bad,
                long hostTimeMs, long receivedNanos) implements QueueItem {
    }

    /** A source state change. */
    record Status(String channel, StatusEvent.Kind kind, String message, long hostTimeMs) implements QueueItem {
    }
}
