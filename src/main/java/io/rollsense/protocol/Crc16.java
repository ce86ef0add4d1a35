package io.rollsense.protocol;

/**
 * CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final xor.
 * {@code "123456789"} gives {@code 0x29B1}. Table driven; stateless and thread-safe.
 * Hand-written because no dependency we ship offers this CRC variant.
 */
public final class Crc16 {
    private static final int[] TABLE = new int[256];
    /** Two bytes at a time: {@code PAIR[i]} is the CRC contribution of high byte {@code i} pushed through two steps. */
    private static final int[] PAIR = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int b = 0; b < 8; b++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            TABLE[i] = crc & 0xFFFF;
        }
        for (int i = 0; i < 256; i++) {
            PAIR[i] = (((TABLE[i] & 0xFF) << 8) ^ TABLE[TABLE[i] >>> 8]) & 0xFFFF;
        }
    }

    private Crc16() {
    }

    /** CRC of {@code len} bytes of {@code data} from {@code off}; result in 0..0xFFFF. */
    public static int of(byte[] data, int off, int len) {
        int crc = 0xFFFF;
        int i = off;
        int end = off + len;
        // Two bytes per step with two independent table look-ups (the table is linear over xor),
        // which halves the dependency chain of the byte-wise loop; the decoder spends most time here.
        for (; i + 1 < end; i += 2) {
            crc = PAIR[((crc >>> 8) ^ data[i]) & 0xFF] ^ TABLE[(crc ^ data[i + 1]) & 0xFF];
        }
        if (i < end) {
            crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ data[i]) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }

    /** CRC of the characters of an ASCII string (each char taken as one byte). */
    public static int of(CharSequence ascii) {
        int crc = 0xFFFF;
        for (int i = 0; i < ascii.length(); i++) {
            crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ ascii.charAt(i)) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }
}
