package io.rollsense.session;

import com.fasterxml.jackson.databind.JsonNode;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.protocol.Hello;

/**
 * Receives the records of a session in file order from {@link SessionReader#read}. Host offsets are
 * ms since the header's {@code startHostMs}. Called on the reading thread; must not throw.
 */
public interface SessionVisitor {
    /** The header object (format, version, id, startHostMs, app, settings, ...). */
    default void header(JsonNode header) {
    }

    /** A raw line exactly as received ({@code deviceId} is {@code null} when unknown). */
    default void rawLine(long hostOffsetMs, String deviceId, String line) {
    }

    /**
     * Whether raw lines without escapes may come as bytes through {@link #rawLineBytes} instead of
     * {@link #rawLine} (faster for visitors that only parse them). Default false.
     */
    default boolean rawLinesAsBytes() {
        return false;
    }

    /**
     * A raw line as the bytes {@code b[from..to)} (the line's characters as ISO-8859-1); only when
     * {@link #rawLinesAsBytes} is true. The array is reused after the call.
     */
    default void rawLineBytes(long hostOffsetMs, String deviceId, byte[] b, int from, int to) {
        rawLine(hostOffsetMs, deviceId, new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** A device hello. */
    default void hello(long hostOffsetMs, String deviceId, Hello hello) {
    }

    /** An analysis event the live run produced. */
    default void event(long hostOffsetMs, String deviceId, AnalysisEvent event) {
    }

    /** Field summary: highest spine and taxel pressure over up to 100 ms of device time ending at {@code timeMs}. */
    default void field(long hostOffsetMs, String deviceId, long timeMs, double spineKpa, double maxKpa, int maxChannel) {
    }

    /** A line the live decoder rejected. */
    default void badLine(long hostOffsetMs, String deviceId, String category, String detail) {
    }

    /** A status change (JSON object with kind, device, message). */
    default void status(long hostOffsetMs, JsonNode status) {
    }

    /** Metadata added during the session (e.g. {@code painAfter}, {@code notes}). */
    default void metadata(long hostOffsetMs, JsonNode patch) {
    }

    /** A guided-routine record ({@code routine_started}, {@code step_ended}, {@code routine_finished}). */
    default void routine(long hostOffsetMs, String deviceId, JsonNode record) {
    }

    /** The close record's summary. */
    default void close(long hostOffsetMs, JsonNode summary) {
    }
}
