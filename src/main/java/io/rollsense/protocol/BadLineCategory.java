package io.rollsense.protocol;

/**
 * Why a line was rejected. Every rejected line is counted under exactly one category and shown to
 * the user; none of them stops decoding.
 */
public enum BadLineCategory {
    /** A frame whose CRC-16/CCITT-FALSE does not match its payload. */
    CHECKSUM("checksum"),
    /** A frame or hello that does not follow the grammar (missing fields, not a number, ...). */
    SYNTAX("syntax"),
    /** A frame whose value count differs from the channel count of the current hello. */
    CHANNEL_COUNT("channel_count"),
    /** A number outside its allowed range (negative value, seq or t_ms above 2^32-1, ...). */
    RANGE("range"),
    /** A well-formed frame that arrived before any hello, so its channels mean nothing yet. */
    NO_HELLO("no_hello"),
    /** A line longer than {@link WireFormat#MAX_LINE_BYTES} bytes; skipped up to its end. */
    TOO_LONG("too_long"),
    /** A line that starts with neither {@code $} nor {@code #} (noise, a stray banner, ...). */
    UNKNOWN("unknown");

    private final String key;

    BadLineCategory(String key) {
        this.key = key;
    }

    /** Stable lower-case key used in JSON output and test vectors. */
    public String key() {
        return key;
    }

    /** Parses a {@link #key()}; returns {@code null} when unknown. */
    public static BadLineCategory fromKey(String key) {
        for (BadLineCategory c : values()) {
            if (c.key.equals(key)) {
                return c;
            }
        }
        return null;
    }
}
