package io.rollsense.protocol;

/**
 * Writes frame lines {@code $<seq>,<t_ms>,<v0>,...*<CRC>} exactly as a device would.
 * Used by the simulator and the tests. Stateless and thread-safe.
 */
public final class FrameEncoder {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private FrameEncoder() {
    }

    /**
     * One frame line without terminator.
     *
     * @param seq      frame counter; only the low 32 bits are written
     * @param timeMs   device time in ms; only the low 32 bits are written
     * @param values   channel values, each finite and &gt;= 0 (negative values are written as 0)
     * @param decimals digits after the decimal point, 0..6; trailing zeros are dropped
     */
    public static String frame(long seq, long timeMs, double[] values, int decimals) {
        StringBuilder sb = new StringBuilder(16 + values.length * 8);
        appendFrame(sb, seq, timeMs, values, decimals);
        return sb.toString();
    }

    /** Appends one frame line (see {@link #frame}) to {@code sb}. */
    public static void appendFrame(StringBuilder sb, long seq, long timeMs, double[] values, int decimals) {
        int start = sb.length();
        sb.append('$').append(seq & 0xFFFF_FFFFL).append(',').append(timeMs & 0xFFFF_FFFFL);
        for (double v : values) {
            sb.append(',');
            appendDecimal(sb, v, decimals);
        }
        int crc = Crc16.of(sb.subSequence(start + 1, sb.length()));
        sb.append('*');
        appendCrc(sb, crc);
    }

    /** Appends a CRC as 4 upper-case hex digits. */
    public static void appendCrc(StringBuilder sb, int crc) {
        sb.append(HEX[(crc >> 12) & 0xF]).append(HEX[(crc >> 8) & 0xF])
                .append(HEX[(crc >> 4) & 0xF]).append(HEX[crc & 0xF]);
    }

    /** Appends a non-negative decimal with at most {@code decimals} fraction digits, no trailing zeros. */
    public static void appendDecimal(StringBuilder sb, double value, int decimals) {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0..6, was " + decimals);
        }
        if (!(value > 0)) {
            sb.append('0');
            return;
        }
        long scaled = Math.round(value * POW10[decimals]);
        long whole = scaled / POW10[decimals];
        long frac = scaled % POW10[decimals];
        sb.append(whole);
        if (frac != 0) {
            sb.append('.');
            int digits = decimals;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            String f = Long.toString(frac);
            for (int i = f.length(); i < digits; i++) {
                sb.append('0');
            }
            sb.append(f);
        }
    }

    /** Like {@link #appendDecimal} but writes a leading {@code -} for negative values. */
    public static void appendSignedDecimal(StringBuilder sb, double value, int decimals) {
        if (value < 0 && Math.round(-value * POW10[decimals]) != 0) {
            sb.append('-');
            appendDecimal(sb, -value, decimals);
        } else {
            appendDecimal(sb, Math.abs(value), decimals);
        }
    }
}
