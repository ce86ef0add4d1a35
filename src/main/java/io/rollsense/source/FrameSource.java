package io.rollsense.source;

/**
 * A live or recorded stream of wire-protocol bytes (serial port, MQTT broker, capture file,
 * simulator). A source only reads and hands bytes on; decoding and analysis happen elsewhere.
 *
 * <p>Threading: {@link #start} returns at once; the source reads on its own named thread(s) and
 * calls the listener from there. {@link #close} may be called from any thread, stops reading,
 * waits (bounded) for the reader threads to end and releases the port or connection; it is
 * idempotent. Errors: an unreachable device or broker is reported as a disconnect and retried
 * (live sources) or as the end of the source (files); I/O exceptions name the port, URI or file.
 */
public interface FrameSource extends AutoCloseable {
    /** Short human-readable name, e.g. {@code serial /dev/ttyUSB0} or {@code mqtt tcp://host:1883}. */
    String name();

    /** Starts reading; every byte and state change goes to {@code listener}. Call once. */
    void start(SourceListener listener);

    /**
     * Why the source failed for good or never connected (not authorized, certificate not trusted,
     * broker unreachable for the whole run), or {@code null}; read after the run to pick the exit code.
     */
    default String failure() {
        return null;
    }

    /** Stops reading and releases resources. */
    @Override
    void close();
}
