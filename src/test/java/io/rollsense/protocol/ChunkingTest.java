package io.rollsense.protocol;

import static io.rollsense.protocol.Recorder.HELLO3;
import static io.rollsense.protocol.Recorder.decode;
import static io.rollsense.protocol.Recorder.frame;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting the input anywhere gives the same events as feeding it whole. */
class ChunkingTest {
    /** One stream with every kind of line and every framing edge (CRLF, empty lines, 512 bytes + CR, over-long). */
    static byte[] mixedInput() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = frame("0,0,1") + "\n" + HELLO3 + "\r\n\r\n" + frame("1,10,1,2.5,3") + "\n#log line\r\n"
                + frame("4294967295,20,0,0,0") + "\n" + frame("0,30,0,0,0") + "\n" + "$1,2,3*0000\n\n\n"
                + "#" + "a".repeat(511) + "\r\n" + "#" + "b".repeat(511) + "\r\r\n" + "c".repeat(1100) + "\n"
                + frame("3,40,1,2") + "\n" + frame("5,50,-1,2,3") + "\r\n" + "#HELLO v=9\n";
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, (byte) 0xFF, (byte) 0xC3, '\n', '#', (byte) 0xE2, (byte) 0x82, '\r', '\n'});
        out.writeBytes((frame("6,60,7,8,9") + "\n" + "d".repeat(513) + "\r").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static Recorder whole(byte[] in) {
        return decode(new LineDecoder(), in);
    }

    @Test
    void splitAtEveryBytePositionGivesTheSameEvents() {
        byte[] in = mixedInput();
        List<String> expected = whole(in).events;
        for (int i = 0; i <= in.length; i++) {
            Recorder r = decode(new LineDecoder(), Arrays.copyOfRange(in, 0, i), Arrays.copyOfRange(in, i, in.length));
            assertEquals(expected, r.events, "split at " + i);
        }
    }

    @Test
    void byteByByteGivesTheSameEvents() {
        byte[] in = mixedInput();
        byte[][] chunks = new byte[in.length][];
        for (int i = 0; i < in.length; i++) {
            chunks[i] = new byte[] {in[i]};
        }
        assertEquals(whole(in).events, decode(new LineDecoder(), chunks).events);
    }

    @Test
    void mixedInputCoversEveryCategory() {
        LineDecoder d = new LineDecoder();
        decode(d, mixedInput());
        DecoderStats s = d.stats();
        for (BadLineCategory c : BadLineCategory.values()) {
            if (c != BadLineCategory.SYNTAX) {
                assertEquals(true, s.badByCategory().get(c) > 0, c + " in " + s);
            }
        }
        assertEquals(4, s.frames());
        assertEquals(5, s.droppedFrames(), "seq 0 -> 6 after two rejected frames");
        assertEquals(s.lines(), s.hellos() + s.frames() + s.logs() + s.badLines());
    }

    @Test
    void feedHonoursOffsetAndLength() {
        byte[] in = mixedInput();
        byte[] padded = new byte[in.length + 20];
        Arrays.fill(padded, (byte) '\n');
        System.arraycopy(in, 0, padded, 7, in.length);
        LineDecoder d = new LineDecoder();
        Recorder r = new Recorder();
        d.feed(padded, 7, 100, r);
        d.feed(padded, 107, in.length - 100, r);
        d.finish(r);
        assertEquals(whole(in).events, r.events);
    }

    @Test
    void finishAtMessageBoundariesKeepsTracking() {
        // MQTT: each message holds lines without a final newline; finish() after each one
        LineDecoder d = new LineDecoder();
        Recorder r = new Recorder();
        for (String msg : new String[] {HELLO3, frame("1,10,1,2,3") + "\n" + frame("2,20,1,2,3"), frame("5,50,1,2,3")}) {
            byte[] b = msg.getBytes(StandardCharsets.US_ASCII);
            d.feed(b, 0, b.length, r);
            d.finish(r);
        }
        assertEquals(List.of(0L, 0L, 2L), r.dropped);
        assertEquals(4, d.stats().lines());
    }
}
