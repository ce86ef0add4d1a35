package io.rollsense.pipeline;

import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.LineDecoder;
import java.io.IOException;
import java.io.InputStream;

/** Feeding a whole capture to a decoder, as {@code check} and {@code analyze} read one. */
public final class CaptureDecoding {
    private CaptureDecoding() {
    }

    /** Feeds {@code in} to {@code decoder} in 64 KiB reads up to its end, then finishes the decoder. */
    public static void decodeAll(InputStream in, LineDecoder decoder, DecodeListener listener) throws IOException {
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = in.read(buf)) >= 0; ) {
            decoder.feed(buf, 0, n, listener);
        }
        decoder.finish(listener);
    }
}
