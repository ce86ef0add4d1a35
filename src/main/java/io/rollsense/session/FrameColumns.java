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
        int star = line.lastIndexOf('*');
        if (line.isEmpty() || line.charAt(0) != '$' || star < 0 || star + 5 != line.length()) {
            rejected++;
            return false;
        }
        try {
            int crc = Integer.parseInt(line.substring(star + 1), 16);
            if (crc != Crc16.of(line.subSequence(1, star))) {
                rejected++;
                return false;
            }
            int c1 = line.indexOf(',', 1);
            int c2 = line.indexOf(',', c1 + 1);
            if (c1 < 0 || c2 < 0) {
                rejected++;
                return false;
            }
            long wire = Long.parseLong(line, c1 + 1, c2, 10);
            ensure(size + 1);
            int start = c2 + 1;
            for (int ch = 0; ch < channels; ch++) {
                int end = ch == channels - 1 ? star : line.indexOf(',', start);
                if (end < 0 || end > star) {
                    rejected++;
                    return false;
                }
                values[ch][size] = parseDecimal(line, start, end);
                start = end + 1;
            }
            if (start != star + 1) {
                rejected++;
                return false; // more values than channels
            }
            timeMs[size++] = unwrap(wire);
            return true;
        } catch (RuntimeException e) {
            rejected++;
            return false;
        }
    }

    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    /**
     * Parses a plain decimal ({@code 12}, {@code 3.25}) without allocating; anything else (sign,
     * exponent, many digits) goes to {@link Float#parseFloat}, which throws on garbage.
     */
    static float parseDecimal(String s, int from, int to) {
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Float.parseFloat(s.substring(from, to));
            }
        }
        if (digits == 0 || digits > 15 || fraction > 9) {
            return Float.parseFloat(s.substring(from, to));
        }
        return (float) (fraction <= 0 ? mantissa : mantissa / POW10[fraction]);
    }

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
