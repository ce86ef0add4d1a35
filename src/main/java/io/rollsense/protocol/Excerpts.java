package io.rollsense.protocol;

/** Printable excerpts of raw lines for {@link BadLine#excerpt()}. Stateless and thread-safe. */
final class Excerpts {
    /** Most input bytes shown in an excerpt. */
    static final int MAX_BYTES = 80;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Excerpts() {
    }

    /**
     * The first {@value #MAX_BYTES} bytes of a line; printable ASCII as is, every other byte
     * (control characters, NUL, bytes of UTF-8 sequences, backslash) as {@code \xHH}.
     */
    static String of(byte[] b, int off, int len) {
        int n = Math.min(len, MAX_BYTES);
        StringBuilder sb = new StringBuilder(n + 8);
        for (int i = off; i < off + n; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                sb.append((char) c);
            } else {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return sb.toString();
    }
}
