package io.rollsense.sim;

import io.rollsense.protocol.BadLineCategory;
import io.rollsense.protocol.Crc16;
import io.rollsense.protocol.FrameEncoder;
import io.rollsense.protocol.WireFormat;
import java.util.SplittableRandom;

/**
 * Transport faults during a {@code faults} segment: drops frames, replaces frames by corrupted lines
 * (checksum, syntax, channel_count, range), inserts garbage (unknown, too_long) and device log lines.
 * Each bad line is built so that a v1 decoder puts it in exactly one known category. Not thread-safe.
 */
final class FaultInjector {
    /** What happens to one frame. */
    enum Action { SEND, DROP, REPLACE }

    private static final double DROP_PER_S = 0.5;
    private static final double BAD_PER_S = 0.8;
    private static final double LOG_PER_S = 0.25;
    private static final BadLineCategory[] CYCLE = {
        BadLineCategory.CHECKSUM, BadLineCategory.UNKNOWN, BadLineCategory.SYNTAX,
        BadLineCategory.CHANNEL_COUNT, BadLineCategory.TOO_LONG, BadLineCategory.RANGE,
    };
    private static final String[] BANNERS = {
        "ets Jan  8 2013,rst cause:2, boot mode:(3,6)", "load 0x40078000,len:13104", "Guru Meditation Error",
        "brownout detector was triggered", "ho 0 tail 12 room 4",
    };
    private static final String[] LOGS = {
        "log battery=3.91V", "log tare done", "log wifi rssi=-61", "log temp=31.5C", "log heap=182344",
    };

    private final SplittableRandom rnd;
    private final double rateHz;
    private int cycle;
    private int dropLeft;

    FaultInjector(SplittableRandom rnd, double rateHz) {
        this.rnd = rnd;
        this.rateHz = rateHz;
        this.cycle = rnd.nextInt(CYCLE.length);
    }

    /** Decides the fate of the next frame; {@code allowed} false protects frames near hellos and the ends. */
    Action decide(boolean allowed) {
        if (!allowed) {
            dropLeft = 0;
            return Action.SEND;
        }
        if (dropLeft > 0) {
            dropLeft--;
            return Action.DROP;
        }
        double u = rnd.nextDouble();
        if (u < DROP_PER_S / rateHz) {
            dropLeft = rnd.nextInt(3);
            return Action.DROP;
        }
        if (u < (DROP_PER_S + BAD_PER_S) / rateHz) {
            return Action.REPLACE;
        }
        return Action.SEND;
    }

    /** Whether to insert a device log line before this frame. */
    boolean logLineNow() {
        return rnd.nextDouble() < LOG_PER_S / rateHz;
    }

    /** Next category in the rotation. */
    BadLineCategory nextCategory() {
        BadLineCategory c = CYCLE[cycle];
        cycle = (cycle + 1) % CYCLE.length;
        return c;
    }

    /** Whether a category replaces a frame (a damaged frame) rather than being an extra line. */
    static boolean replacesFrame(BadLineCategory c) {
        return c != BadLineCategory.UNKNOWN && c != BadLineCategory.TOO_LONG;
    }

    /** A device log line (without terminator). */
    String logLine() {
        return "#" + LOGS[rnd.nextInt(LOGS.length)];
    }

    /** A bad line of category {@code c}, derived from the frame it replaces where that applies. */
    String badLine(BadLineCategory c, long seq, long timeMs, double[] values, int decimals) {
        String good = FrameEncoder.frame(seq, timeMs, values, decimals);
        return switch (c) {
            case CHECKSUM -> flipDigit(good);
            case SYNTAX -> truncated(good);
            case CHANNEL_COUNT -> {
                double[] fewer = java.util.Arrays.copyOf(values, values.length > 1 ? values.length - 1 : 2);
                yield FrameEncoder.frame(seq, timeMs, fewer, decimals);
            }
            case RANGE -> negativeValue(seq, timeMs, values, decimals);
            case UNKNOWN -> BANNERS[rnd.nextInt(BANNERS.length)];
            case TOO_LONG -> garbage(WireFormat.MAX_LINE_BYTES + 1 + rnd.nextInt(200));
            case NO_HELLO -> throw new IllegalArgumentException("no_hello lines are not injected");
        };
    }

    /** The frame cut off inside its values, before the {@code *CRC} (a line broken in transmission). */
    private String truncated(String line) {
        int firstValue = line.indexOf(',', line.indexOf(',') + 1) + 2;
        int star = line.indexOf('*');
        return line.substring(0, Math.min(star, firstValue + rnd.nextInt(Math.max(1, star - firstValue))));
    }

    /** Changes one digit of a value field (after the time field) so only the CRC disagrees. */
    private String flipDigit(String line) {
        int star = line.indexOf('*');
        int start = line.indexOf(',', line.indexOf(',') + 1) + 1;
        char[] ch = line.toCharArray();
        int span = star - start;
        for (int k = 0; k < span; k++) {
            int i = start + (rnd.nextInt(span) + k) % span;
            if (Character.isDigit(ch[i])) {
                ch[i] = (char) ('0' + (ch[i] - '0' + 1 + rnd.nextInt(9)) % 10);
                return new String(ch);
            }
        }
        return line;
    }

    /** A frame with a valid CRC whose first value is negative (out of range). */
    private static String negativeValue(long seq, long timeMs, double[] values, int decimals) {
        StringBuilder sb = new StringBuilder();
        sb.append('$').append(seq & 0xFFFF_FFFFL).append(',').append(timeMs & 0xFFFF_FFFFL);
        for (int i = 0; i < values.length; i++) {
            sb.append(',');
            if (i == 0) {
                sb.append('-');
                FrameEncoder.appendDecimal(sb, Math.max(1, values[0]), decimals);
            } else {
                FrameEncoder.appendDecimal(sb, values[i], decimals);
            }
        }
        int crc = Crc16.of(sb.subSequence(1, sb.length()));
        sb.append('*');
        FrameEncoder.appendCrc(sb, crc);
        return sb.toString();
    }

    /** Printable noise that starts with a letter (never {@code $} or {@code #}). */
    private String garbage(int length) {
        StringBuilder sb = new StringBuilder(length);
        sb.append((char) ('A' + rnd.nextInt(26)));
        while (sb.length() < length) {
            char c = (char) (33 + rnd.nextInt(94));
            sb.append(c);
        }
        return sb.toString();
    }
}
