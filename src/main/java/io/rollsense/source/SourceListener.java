package io.rollsense.source;

/**
 * Receives what a {@link FrameSource} reads. Called on the source's own reader thread (or the
 * MQTT client's callback thread); implementations must return quickly, must never block and must
 * not throw. A {@code channel} is one byte stream: a serial port path, or an MQTT device id. Bytes
 * of one channel always arrive from one thread, in order.
 */
public interface SourceListener {
    /**
     * Bytes as read, possibly partial lines or many lines at once.
     *
     * @param receivedNanos {@link System#nanoTime()} when the read returned (for latency figures)
     */
    void onData(String channel, byte[] data, int off, int len, long receivedNanos);

    /**
     * The byte stream of {@code channel} is complete (end of a file): a final line without
     * terminator is decoded as if it had one. Called on the same thread as {@link #onData}.
     */
    void onEndOfStream(String channel);

    /** The connection is (again) up: port opened, broker connected. */
    void onConnected(String channel, String message);

    /** The connection went away (unplug, read error, broker lost); the source is trying to reconnect. */
    void onDisconnected(String channel, String message);

    /** The device's own online/offline status (MQTT retained status topic, offline = last will). */
    void onDeviceStatus(String channel, boolean online, String message);

    /** The source ended for good (end of file, generator exhausted, gave up); no more calls follow. */
    void onEnd(String sourceName);
}
