package io.rollsense.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReplaySourceTest {
    @Test
    void frameTimeIsTheSecondFieldOfAFrameLine() {
        assertEquals(1234, Pacer.frameTimeMs("$7,1234,1,2*ABCD\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(-1, Pacer.frameTimeMs("#HELLO v=1\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(-1, Pacer.frameTimeMs("$7,x\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(-1, Pacer.frameTimeMs(new byte[0]));
    }
}
