package io.rollsense.session;

import java.nio.charset.StandardCharsets;

/**
 * Fast path of the reader for the common record: an {@code L} record of plain ASCII without
 * escapes, handed over as bytes ({@link SessionVisitor#rawLineBytes}). Anything else (escapes,
 * non-ASCII, another record type, a malformed prefix) returns false and goes the normal way.
 * Not thread-safe.
 */
final class RawFastPath {
    private final SessionVisitor visitor;
    private byte[] lastDevice = new byte[0];
    private String lastDeviceId;

    RawFastPath(SessionVisitor visitor) {
        this.visitor = visitor;
    }

    boolean accept(byte[] b, int len) {
        if (len < 5 || b[0] != SessionFormat.RAW || b[1] != ' ') {
            return false;
        }
        int i = 2;
        boolean negative = b[i] == '-';
        if (negative) {
            i++;
        }
        long off = 0;
        int digits = 0;
        while (i < len && b[i] >= '0' && b[i] <= '9' && digits < 18) {
            off = off * 10 + (b[i++] - '0');
            digits++;
        }
        if (digits == 0 || i >= len || b[i] != ' ') {
            return false;
        }
        int devFrom = ++i;
        while (i < len && b[i] != ' ') {
            if (b[i] == '\\' || b[i] < 0) {
                return false;
            }
            i++;
        }
        if (i >= len || i == devFrom) {
            return false;
        }
        String dev = device(b, devFrom, i);
        int from = i + 1;
        for (int k = from; k < len; k++) {
            if (b[k] == '\\' || b[k] < 0x20 || b[k] == 0x7F) { // bytes >= 0x80 are negative: UTF-8, not ISO-8859-1
                return false;
            }
        }
        visitor.rawLineBytes(negative ? -off : off, dev, b, from, len);
        return true;
    }

    private String device(byte[] b, int from, int to) {
        int n = to - from;
        boolean same = lastDevice.length == n;
        for (int k = 0; same && k < n; k++) {
            same = lastDevice[k] == b[from + k];
        }
        if (!same) {
            lastDevice = java.util.Arrays.copyOfRange(b, from, to);
            String token = new String(lastDevice, StandardCharsets.US_ASCII);
            lastDeviceId = SessionFormat.NO_DEVICE.equals(token) ? null : token;
        }
        return lastDeviceId;
    }
}
