package io.rollsense.protocol;

/**
 * Streaming decoder of wire protocol v1. Feed it byte chunks exactly as they arrive (partial
 * lines, many lines per chunk, garbage, NUL bytes, invalid UTF-8); it reports every complete line
 * to a {@link DecodeListener} and never throws on input. Not thread-safe: one decoder per source,
 * used from one thread.
 */
public final class LineDecoder {
    // Implementation in progress (protocol issue): see PROTOCOL.md.
    public LineDecoder() {
    }

    /** Decodes {@code len} bytes from {@code off}; complete lines go to {@code listener}. */
    public void feed(byte[] data, int off, int len, DecodeListener listener) {
        throw new UnsupportedOperationException("LineDecoder not implemented yet");
    }

    /** End of input: a final unterminated line is decoded as if it had a terminator. */
    public void finish(DecodeListener listener) {
        throw new UnsupportedOperationException("LineDecoder not implemented yet");
    }

    /** Counters so far (lines, frames, hellos, logs, bad lines by category, dropped frames). */
    public DecoderStats stats() {
        throw new UnsupportedOperationException("LineDecoder not implemented yet");
    }
}
