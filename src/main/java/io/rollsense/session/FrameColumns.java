package io.rollsense.session;

import io.rollsense.protocol.Crc16;
import java.util.Arrays;

/**
 * The frames of one device as columns: device time in ms since the first valid frame and one
 * {@code float} column per channel (in the hello's unit). Built from frame lines by a small parser
 * for charts and export (the authoritative decoder is the protocol's {@code LineDecoder}); this one
 * keeps only well-formed lines with a good CRC and the expected channel count, and counts the rest.
 * Not thread-safe while being built; read-only afterwards.
 */
public final class FrameColumns {
    private final int channels;
    private long[] timeMs = new long[1024];
    private float[][] values;
    private int size;
    private long rejected;
    private long firstWireMs = -1;
    private long lastWireMs;
    private long wrapOffset;

    public FrameColumns(int channels) {
        this.channels = channels;
        values = new float[channels][1024];
    }

    /** Adds a frame line when it is valid; returns whether it was. Never throws. */
    public boolean addLine(String line) {
        byte[] b = line.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return addBytes(b, 0, b.length);
    }

    /**
     * Adds a frame line given as ASCII bytes {@code b[from..to)} (no terminator); same rules as
     * {@link #addLine}, without building a String. Never throws.
     */
    public boolean addBytes(byte[] b, int from, int to) {
        int star = -1;
        for (int i = to - 1; i > from; i--) {
            if (b[i] == '*') {
                star = i;
                break;
            }
        }
        if (to - from < 2 || b[from] != '$' || star < 0 || star + 5 != to || hex(b, star + 1) != Crc16.of(b, from + 1, star - from - 1)) {
            rejected++;
            return false;
        }
        int c1 = indexOf(b, ',', from + 1, star);
        int c2 = c1 < 0 ? -1 : indexOf(b, ',', c1 + 1, star);
        if (c2 < 0) {
            rejected++;
            return false;
        }
        long wire = 0;
        for (int i = c1 + 1; i < c2; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9 || i - c1 > 10) {
                rejected++;
                return false;
            }
            wire = wire * 10 + d;
        }
        ensure(size + 1);
        int start = c2 + 1;
        for (int ch = 0; ch < channels; ch++) {
            int end = ch == channels - 1 ? star : indexOf(b, ',', start, star);
            if (end < 0) {
                rejected++;
                return false;
            }
            float v = parseDecimal(b, start, end);
            if (Float.isNaN(v)) {
                rejected++;
                return false;
            }
            values[ch][size] = v;
            start = end + 1;
        }
        if (start != star + 1) {
            rejected++;
            return false;
        }
        timeMs[size++] = unwrap(wire);
        return true;
    }

    private static int indexOf(byte[] b, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int hex(byte[] b, int at) {
        int v = 0;
        for (int i = at; i < at + 4; i++) {
            int d = Character.digit(b[i], 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    /**
     * Parses a plain decimal ({@code 12}, {@code 3.25}) from ASCII bytes without allocating; anything
     * else (sign, exponent, many digits) goes to {@link Float#parseFloat}; NaN when that fails too.
     */
    static float parseDecimal(byte[] s, int from, int to) {
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (int i = from; i < to; i++) {
            byte c = s[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return slowParse(new String(s, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        if (digits == 0 || digits > 15 || fraction > 9) {
            return slowParse(new String(s, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return (float) (fraction <= 0 ? mantissa : mantissa / POW10[fraction]);
    }

    private static float slowParse(String text) {
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            return Float.NaN;
        }
    }

    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    private long unwrap(long wire) {
        if (firstWireMs < 0) {
            firstWireMs = wire;
            lastWireMs = wire;
        }
        if (wire < lastWireMs && lastWireMs - wire > 0x8000_0000L) {
            wrapOffset += 0x1_0000_0000L;
        }
        lastWireMs = wire;
        return wire + wrapOffset - firstWireMs;
    }

    private void ensure(int n) {
        if (n > timeMs.length) {
            int cap = Math.max(n, timeMs.length * 2);
            timeMs = Arrays.copyOf(timeMs, cap);
            for (int c = 0; c < channels; c++) {
                values[c] = Arrays.copyOf(values[c], cap);
            }
        }
    }

    /** Number of frames. */
    public int size() {
        return size;
    }

    /** Number of channels. */
    public int channels() {
        return channels;
    }

    /** Lines that were not valid frames for this device. */
    public long rejected() {
        return rejected;
    }

    /** Device time of frame {@code i} in ms since the first frame. */
    public long timeMs(int i) {
        return timeMs[i];
    }

    /** Value of channel {@code ch} in frame {@code i}, in the hello's unit. */
    public float value(int ch, int i) {
        return values[ch][i];
    }

    /** Device time span in ms (0 when fewer than two frames). */
    public long durationMs() {
        return size == 0 ? 0 : timeMs[size - 1] - timeMs[0];
    }

    /** Index of the first frame at or after {@code t} ms (binary search). */
    public int indexAtOrAfter(long t) {
        int i = Arrays.binarySearch(timeMs, 0, size, t);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && timeMs[i - 1] == t) {
            i--;
        }
        return i;
    }
}
