package io.rollsense.protocol;

import java.nio.charset.StandardCharsets;

/**
 * Parses the bytes of one frame line {@code $<seq>,<t_ms>,<v0>,...*<CRC>} straight from the input
 * buffer: no regex, no String on the happy path. The CRC is checked before any number is parsed.
 * Hand-written because a general number parser would need a String per field.
 *
 * <p>Check order: trailer shape ({@code *} plus exactly 4 upper-case hex digits) and field
 * grammar give {@link BadLineCategory#SYNTAX}; a CRC mismatch gives {@link BadLineCategory#CHECKSUM}
 * (checked first, right after the trailer); then grammar of every field ({@code SYNTAX}) wins over
 * ranges ({@link BadLineCategory#RANGE}: a negative number, seq or t_ms above 2^32-1, a value too
 * large to be finite). Channel count and "no hello yet" are the caller's business.
 *
 * <p>Not thread-safe: results live in the parser's fields until the next call.
 */
final class FrameParser {
    /** Most fields a 512-byte line can hold ({@code "0,"} per field). */
    private static final int MAX_VALUES = WireFormat.MAX_LINE_BYTES / 2;
    private static final long MAX_UINT32 = 0xFFFF_FFFFL;
    /** Mantissas below 2^53 divided by an exact power of ten give the correctly rounded double. */
    private static final long EXACT_MANTISSA = 1L << 53;
    private static final double[] POW10 = new double[19];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /** Parsed seq as on the wire (valid after a successful {@link #parse}). */
    long seq;
    /** Parsed t_ms as on the wire. */
    long timeMs;
    /** Number of parsed values in {@link #values}. */
    int count;
    /** Parsed values; only the first {@link #count} are meaningful. */
    final double[] values = new double[MAX_VALUES];
    /** Why the last line failed, or null. */
    BadLineCategory error;
    /** Reason for {@link #error}. */
    String detail;

    private int pos;
    private boolean negative;

    /**
     * Parses {@code len} bytes from {@code off} (the line without terminator, {@code b[off] == '$'}).
     *
     * @return true when the line is a well-formed frame; otherwise {@link #error} and {@link #detail} say why
     */
    boolean parse(byte[] b, int off, int len) {
        error = null;
        detail = null;
        int star = off + len - 5;
        if (len < 6 || b[star] != '*') {
            return fail(BadLineCategory.SYNTAX, "frame must end with '*' and 4 hex digits");
        }
        int wireCrc = hex4(b, star + 1);
        if (wireCrc < 0) {
            return fail(BadLineCategory.SYNTAX, "CRC '" + ascii(b, star + 1, 4) + "' is not 4 upper-case hex digits");
        }
        int crc = Crc16.of(b, off + 1, len - 6);
        if (crc != wireCrc) {
            return fail(BadLineCategory.CHECKSUM, String.format("CRC %04X != computed %04X", wireCrc, crc));
        }
        return fields(b, off + 1, star);
    }

    private boolean fields(byte[] b, int start, int end) {
        pos = start;
        String range = null;
        seq = unsigned(b, end);
        if (seq == -2) {
            return fail(BadLineCategory.SYNTAX, "seq is not an unsigned integer");
        } else if (seq < 0) {
            range = "seq out of range 0..4294967295";
        }
        if (!comma(b, end, -1)) {
            return false;
        }
        timeMs = unsigned(b, end);
        if (timeMs == -2) {
            return fail(BadLineCategory.SYNTAX, "t_ms is not an unsigned integer");
        } else if (timeMs < 0 && range == null) {
            range = "t_ms out of range 0..4294967295";
        }
        count = 0;
        while (pos < end) {
            if (count == values.length) {
                return fail(BadLineCategory.CHANNEL_COUNT, "more than " + values.length + " values");
            }
            if (!comma(b, end, count)) {
                return false;
            }
            double v = decimal(b, end);
            if (Double.isNaN(v)) {
                return fail(BadLineCategory.SYNTAX, "channel " + count + ": value is not a decimal number");
            }
            if ((negative || Double.isInfinite(v)) && range == null) {
                range = "channel " + count + ": value out of range (must be finite and >= 0)";
            }
            values[count++] = v;
        }
        if (count == 0) {
            return fail(BadLineCategory.SYNTAX, "frame has no values");
        }
        return range == null || fail(BadLineCategory.RANGE, range);
    }

    /** Expects a ',' before field {@code value} ({@code -1} = t_ms). */
    private boolean comma(byte[] b, int end, int value) {
        if (pos >= end || b[pos] != ',') {
            return fail(BadLineCategory.SYNTAX, "expected ',' before " + (value < 0 ? "t_ms" : "value " + value));
        }
        pos++;
        return true;
    }

    /** Unsigned integer up to the next ',' : its value, -1 when out of uint32 range, -2 on bad grammar. */
    private long unsigned(byte[] b, int end) {
        boolean minus = pos < end && b[pos] == '-';
        if (minus) {
            pos++;
        }
        int start = pos;
        long v = 0;
        while (pos < end) {
            int d = b[pos] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            v = v > MAX_UINT32 ? v : v * 10 + d;
            pos++;
        }
        if (pos == start || (pos < end && b[pos] != ',')) {
            return -2;
        }
        return minus || v > MAX_UINT32 ? -1 : v;
    }

    /** Decimal {@code [-]digits[.digits]} up to the next ',' ; NaN on bad grammar, sets {@link #negative}. */
    private double decimal(byte[] b, int end) {
        int start = pos;
        int p = pos;
        negative = p < end && b[p] == '-';
        if (negative) {
            p++;
        }
        int intStart = p;
        long mantissa = 0;
        int d;
        while (p < end && (d = b[p] - '0') >= 0 && d <= 9) {
            mantissa = mantissa * 10 + d;
            p++;
        }
        int digits = p - intStart;
        int fracDigits = 0;
        if (p < end && b[p] == '.') {
            int fracStart = ++p;
            while (p < end && (d = b[p] - '0') >= 0 && d <= 9) {
                mantissa = mantissa * 10 + d;
                p++;
            }
            fracDigits = p - fracStart;
            if (fracDigits == 0) {
                return Double.NaN;
            }
        }
        pos = p;
        if (digits == 0 || (p < end && b[p] != ',')) {
            return Double.NaN;
        }
        digits += fracDigits;
        if (digits <= 18 && mantissa < EXACT_MANTISSA) {
            return mantissa / POW10[fracDigits];
        }
        // Rare: more digits than a long holds exactly; let the JDK round correctly.
        return Math.abs(Double.parseDouble(ascii(b, start, p - start)));
    }

    private static int hex4(byte[] b, int p) {
        int v = 0;
        for (int i = p; i < p + 4; i++) {
            int c = b[i];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = (v << 4) | d;
        }
        return v;
    }

    private static String ascii(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }

    private boolean fail(BadLineCategory category, String why) {
        error = category;
        detail = why;
        return false;
    }
}
