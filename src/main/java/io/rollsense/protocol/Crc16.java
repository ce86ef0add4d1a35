package io.rollsense.protocol;

/**
 * CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final xor.
 * {@code "123456789"} gives {@code 0x29B1}. Table driven; stateless and thread-safe.
 * Hand-written because no dependency we ship offers this CRC variant.
 */
public final class Crc16 {
    /** {@code STEP1[x]}: CRC state {@code x << 8} after one zero byte (the classic byte table). */
    private static final int[] STEP1 = new int[256];
    /** {@code STEPk[x]}: the same state after k zero bytes (for slicing by 4). */
    private static final int[] STEP2 = new int[256];
    private static final int[] STEP3 = new int[256];
    private static final int[] STEP4 = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int b = 0; b < 8; b++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            STEP1[i] = crc & 0xFFFF;
        }
        for (int i = 0; i < 256; i++) {
            STEP2[i] = zeroByte(STEP1[i]);
            STEP3[i] = zeroByte(STEP2[i]);
            STEP4[i] = zeroByte(STEP3[i]);
        }
    }

    private static int zeroByte(int crc) {
        return ((crc << 8) ^ STEP1[crc >>> 8]) & 0xFFFF;
    }

    private Crc16() {
    }

    /** CRC of {@code len} bytes of {@code data} from {@code off}; result in 0..0xFFFF. */
    public static int of(byte[] data, int off, int len) {
        int crc = 0xFFFF;
        int i = off;
        int end = off + len;
        // Slicing by 4: the CRC is linear over xor, so four bytes are four independent table
        // look-ups instead of a chain of four dependent ones (the decoder checks every frame's CRC).
        for (; i + 3 < end; i += 4) {
            crc = STEP4[((crc >>> 8) ^ data[i]) & 0xFF] ^ STEP3[(crc ^ data[i + 1]) & 0xFF]
                    ^ STEP2[data[i + 2] & 0xFF] ^ STEP1[data[i + 3] & 0xFF];
        }
        for (; i < end; i++) {
            crc = ((crc << 8) ^ STEP1[((crc >>> 8) ^ data[i]) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }

    /** CRC of the characters of an ASCII string (each char taken as one byte). */
    public static int of(CharSequence ascii) {
        int crc = 0xFFFF;
        for (int i = 0; i < ascii.length(); i++) {
            crc = ((crc << 8) ^ STEP1[((crc >>> 8) ^ ascii.charAt(i)) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }
}
