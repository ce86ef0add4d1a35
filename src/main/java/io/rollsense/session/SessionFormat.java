package io.rollsense.session;

/**
 * Constants and text escaping of the session file format v1 (docs/session-format.md). A session is
 * UTF-8 text, one record per {@code \n}-terminated line; the first line is the header
 * {@code RSESSION 1 {json}}, every further line starts with a one-letter record type and a space.
 * Stateless and thread-safe.
 */
public final class SessionFormat {
    /** First token of the header line. */
    public static final String MAGIC = "RSESSION";
    /** Format version written by this code; readers accept versions up to this one. */
    public static final int VERSION = 1;
    /** File name suffix of a session in the library. */
    public static final String SUFFIX = ".rsession";
    /** Device id written when a record's device is not known. */
    public static final String NO_DEVICE = "-";

    /** Raw line exactly as received: {@code L <hostOffsetMs> <device> <escaped line>}. */
    public static final char RAW = 'L';
    /** Device hello: {@code H <hostOffsetMs> <device> <json>}. */
    public static final char HELLO = 'H';
    /** Analysis event: {@code E <hostOffsetMs> <device> <json>}. */
    public static final char EVENT = 'E';
    /** Field summary (max over 100 ms of device time): {@code P <hostOffsetMs> <device> <tMs> <spineKpa> <maxKpa> <maxChannel>}. */
    public static final char FIELD = 'P';
    /** Rejected line: {@code B <hostOffsetMs> <device> <category> <escaped detail>}. */
    public static final char BAD = 'B';
    /** Status change: {@code S <hostOffsetMs> <json>}. */
    public static final char STATUS = 'S';
    /** Metadata added during the session (pain after, notes): {@code M <hostOffsetMs> <json>}. */
    public static final char META = 'M';
    /** Close record with the summary: {@code Z <hostOffsetMs> <json>}. Last record of a finished session. */
    public static final char CLOSE = 'Z';
    /**
     * Guided-routine record (routine started, step verdict, routine finished):
     * {@code R <hostOffsetMs> <device> <json>}. Added after version 1 shipped; older readers skip it.
     */
    public static final char ROUTINE = 'R';

    private SessionFormat() {
    }

    /**
     * Appends {@code s} escaped so that it fits on one line and reads back bit-exact: {@code \} as
     * {@code \\}, control characters below U+0020, space when {@code escapeSpace}, and lone
     * surrogates as {@code \}{@code uXXXX}. Everything else is written as is.
     */
    public static void appendEscaped(StringBuilder sb, String s, boolean escapeSpace) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c < 0x20 || (c == ' ' && escapeSpace) || c == 0x7F) {
                appendU(sb, c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                appendU(sb, c);
            } else {
                sb.append(c);
            }
        }
    }

    private static void appendU(StringBuilder sb, char c) {
        sb.append("\\u");
        String hex = Integer.toHexString(c);
        for (int k = hex.length(); k < 4; k++) {
            sb.append('0');
        }
        sb.append(hex);
    }

    /**
     * Reverses {@link #appendEscaped} for {@code s.substring(from)}.
     *
     * @throws IllegalArgumentException on a malformed escape (a corrupted record)
     */
    public static String unescape(String s, int from) {
        int bs = s.indexOf('\\', from);
        if (bs < 0) {
            return s.substring(from);
        }
        StringBuilder sb = new StringBuilder(s.length() - from);
        sb.append(s, from, bs);
        for (int i = bs; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
            } else if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                sb.append('\\');
                i++;
            } else if (i + 6 <= s.length() && s.charAt(i + 1) == 'u' && Character.digit(s.charAt(i + 2), 16) >= 0) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                throw new IllegalArgumentException("bad escape at column " + (i + 1));
            }
        }
        return sb.toString();
    }
}
