package io.rollsense.api;

/**
 * A change in a source's state, for the status line and {@code live --json}.
 *
 * @param kind       what happened
 * @param deviceId   device id, or the port/topic when the device is not known yet
 * @param message    one human-readable line (e.g. "/dev/ttyUSB0 unplugged; waiting for it to return")
 * @param hostTimeMs host wall clock, epoch ms
 * @param count      for {@link Kind#BAD_LINES} and {@link Kind#DROPPED}: the source's total so far
 *                   (bad lines, missing frames, or queue drops for {@code deviceId "pipeline"});
 *                   -1 for other kinds
 */
public record StatusEvent(Kind kind, String deviceId, String message, long hostTimeMs, long count) {
    /** A status change that carries no count. */
    public StatusEvent(Kind kind, String deviceId, String message, long hostTimeMs) {
        this(kind, deviceId, message, hostTimeMs, -1);
    }

    /** Kinds of status change; {@link #key()} is the JSON {@code status} value. */
    public enum Kind {
        CONNECTED, DISCONNECTED, HELLO, LOG, BAD_LINES, DROPPED, OFFLINE, ONLINE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
