package io.rollsense.protocol;

/**
 * Receives what a {@link LineDecoder} finds, in input order, on the thread that calls
 * {@link LineDecoder#feed}. {@code lineNumber} is the 1-based physical line number in the input
 * (empty lines, which produce no event, still count, so it matches an editor's line numbers).
 * Implementations must not throw; objects passed in may be kept (they are not reused).
 */
public interface DecodeListener {
    /**
     * Every complete non-empty line exactly as received, before it is classified (for recording).
     * {@code line} holds the bytes without terminator from {@code off}, {@code len} bytes (at most
     * {@link WireFormat#MAX_LINE_BYTES}; an over-long line is reported truncated); the array is reused
     * after the call returns, so copy what you keep.
     */
    default void onRawLine(byte[] line, int off, int len, long lineNumber) {
    }

    /**
     * A valid hello; it replaces any earlier one. A hello from the same device keeps seq and time
     * tracking (devices re-send it at will); one from a different device starts them afresh.
     */
    default void onHello(Hello hello, long lineNumber) {
    }

    /**
     * A valid frame for the current hello.
     *
     * @param dropped frames missing before this one according to the seq jump (0 normally)
     */
    default void onFrame(Frame frame, long dropped, long lineNumber) {
    }

    /** A device log line (starts with {@code #}, not a hello); {@code text} is without the {@code #}. */
    default void onLog(String text, long lineNumber) {
    }

    /** A rejected line. */
    default void onBadLine(BadLine bad, long lineNumber) {
    }
}
