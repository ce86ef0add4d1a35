package io.rollsense.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Crc16Test {
    @Test
    void checkValueOfCcittFalse() {
        byte[] b = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x29B1, Crc16.of(b, 0, b.length));
        assertEquals(0x29B1, Crc16.of("123456789"));
    }

    @Test
    void emptyInputIsInitialValue() {
        assertEquals(0xFFFF, Crc16.of(""));
    }

    @Test
    void encoderWritesFrameWithCrcOfPayload() {
        String line = FrameEncoder.frame(7, 1234, new double[] {12, 12.5, 0}, 2);
        String payload = line.substring(1, line.indexOf('*'));
        assertEquals("7,1234,12,12.5,0", payload);
        assertEquals(String.format("%04X", Crc16.of(payload)), line.substring(line.indexOf('*') + 1));
    }

    @Test
    void encoderWrapsCountersTo32Bits() {
        String line = FrameEncoder.frame(0x1_0000_0002L, 0x1_0000_0005L, new double[] {1}, 0);
        assertEquals("$2,5,1", line.substring(0, line.indexOf('*')));
    }

    @Test
    void bytesAndCharsAgreeForEveryLengthAndOffset() {
        byte[] b = new byte[300];
        new java.util.Random(7).nextBytes(b);
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append((char) (x & 0xFF));
        }
        for (int off = 0; off < 3; off++) {
            for (int len = 0; len + off <= b.length; len++) {
                assertEquals(Crc16.of(sb.subSequence(off, off + len)), Crc16.of(b, off, len), "off " + off + " len " + len);
            }
        }
    }
}
