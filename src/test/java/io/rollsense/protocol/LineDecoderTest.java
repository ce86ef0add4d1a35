package io.rollsense.protocol;

import static io.rollsense.protocol.Recorder.HELLO3;
import static io.rollsense.protocol.Recorder.decode;
import static io.rollsense.protocol.Recorder.frame;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineDecoderTest {

    private static BadLineCategory categoryOf(String line) {
        Recorder r = decode(HELLO3 + "\n" + line + "\n");
        assertEquals(1, r.bad.size(), () -> "one bad line expected: " + r.events);
        return r.bad.get(0).category();
    }

    @Test
    void validHelloAndFrame() {
        Recorder r = decode(HELLO3 + "\n" + frame("7,1234,0,12.5,3") + "\n");
        assertEquals(1, r.hellos.size());
        Hello h = r.hellos.get(0);
        assertEquals("r1", h.deviceId());
        assertEquals(DeviceKind.ROLLER, h.kind());
        assertEquals(100.0, h.rateHz());
        assertEquals(PressureUnit.KPA, h.unit());
        assertArrayEquals(new double[] {-10, 0, 10}, h.positionsMm());
        assertNull(h.firmware());
        assertTrue(Double.isNaN(h.taxelAreaMm2()));
        assertEquals(List.of(new Frame(7, 1234, new double[] {0, 12.5, 3})), r.frames);
        assertEquals(List.of(0L), r.dropped);
    }

    @Test
    void helloKeysInAnyOrderWithOptionalAndUnknownKeys() {
        Recorder r = decode("#HELLO pos=1.5,-2 unit=N  colour=blue area=78.5 rate=33.3333 kind=balls fw=1.2.0 device=ball-7 v=1 \n");
        Hello h = r.hellos.get(0);
        assertEquals("ball-7", h.deviceId());
        assertEquals(DeviceKind.BALLS, h.kind());
        assertEquals(33.3333, h.rateHz());
        assertEquals(PressureUnit.NEWTON, h.unit());
        assertArrayEquals(new double[] {1.5, -2}, h.positionsMm());
        assertEquals("1.2.0", h.firmware());
        assertEquals(78.5, h.taxelAreaMm2());
        assertEquals(Map.of("colour", "blue"), h.extra());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "#HELLO | syntax",
        "#HELLO v=1 | syntax",
        "#HELLO v=1 device=r1 kind=roller rate=100 unit=kPa | syntax",
        "#HELLO v=2 device=r1 kind=roller rate=100 unit=kPa pos=1 | range",
        "#HELLO v=x device=r1 kind=roller rate=100 unit=kPa pos=1 | syntax",
        "#HELLO v=1 device=r1 kind=sofa rate=100 unit=kPa pos=1 | syntax",
        "#HELLO v=1 device=r1 kind=roller rate=100 unit=psi pos=1 | syntax",
        "#HELLO v=1 device=r1 kind=roller rate=0 unit=kPa pos=1 | range",
        "#HELLO v=1 device=r1 kind=roller rate=-5 unit=kPa pos=1 | range",
        "#HELLO v=1 device=r1 kind=roller rate=fast unit=kPa pos=1 | syntax",
        "#HELLO v=1 device=r1 kind=roller rate=100 unit=kPa pos=1,,2 | syntax",
        "#HELLO v=1 device=r1 kind=roller rate=100 unit=kPa pos=1 area=0 | range",
        "#HELLO v=1 device=r1 kind=roller rate=100 unit=kPa pos=1 area=big | syntax",
        "#HELLO v=1 device=r/1 kind=roller rate=100 unit=kPa pos=1 | syntax",
        "#HELLO v=1 v=1 device=r1 kind=roller rate=100 unit=kPa pos=1 | syntax",
        "#HELLO v=1 device=r1 kind=roller rate=100 unit=kPa pos=1 junk | syntax",
        "#HELLO v=1 device= kind=roller rate=100 unit=kPa pos=1 | syntax",
        "#HELLO v=1 device=rö kind=roller rate=100 unit=kPa pos=1 | syntax",
        "#HELLO v=1 device=r+ kind=roller rate=100 unit=kPa pos=1 | syntax",
        "#HELLO v=1 device=r1 kind=roller rate=100 unit=kPa pos=- | syntax",
        "#HELLO v=1 device=r1 kind=roller rate=1e2 unit=kPa pos=1 | syntax",
        "#HELLO v=01 device=r1 kind=roller rate=100 unit=kPa pos=1 =x | syntax",
        "#HELLO v=99999999999 device=r1 kind=roller rate=100 unit=kPa pos=1 | range",
    })
    void badHellos(String line, String category) {
        Recorder r = decode(line + "\n");
        assertEquals(List.of(BadLineCategory.fromKey(category)), r.bad.stream().map(BadLine::category).toList(), r.events::toString);
    }

    @Test
    void tooManyPositionsIsRange() {
        String pos = "1,".repeat(Hello.MAX_CHANNELS) + "1";
        assertEquals(BadLineCategory.RANGE, decode("#HELLO v=1 device=r kind=pad rate=1 unit=raw pos=" + pos + "\n").bad.get(0).category());
    }

    @Test
    void logLines() {
        Recorder r = decode("#boot ok\n#HELLOWORLD\n#\n#HELLO\tv=1\n");
        assertEquals(List.of("boot ok", "HELLOWORLD", "", "HELLO\tv=1"), r.logs);
        assertTrue(r.bad.isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1,2,x,4,5 | syntax",
        "1,2,3,,5 | syntax",
        "1,2,3,4,5, | syntax",
        "1,2 | syntax",
        "1 | syntax",
        "'' | syntax",
        "1,2,3.,4,5 | syntax",
        "1,2,.5,4,5 | syntax",
        "1,2,1e3,4,5 | syntax",
        "1,2,3 ,4,5 | syntax",
        "1,2,+3,4,5 | syntax",
        "x,2,3,4,5 | syntax",
        "1,2.5,3,4,5 | syntax",
        "1,2,-3,4,5 | range",
        "1,2,-0,4,5 | range",
        "-1,2,3,4,5 | range",
        "4294967296,2,3,4,5 | range",
        "1,4294967296,3,4,5 | range",
        "123456789012345678901234567890,2,3,4,5 | range",
        "1,2,3,4 | channel_count",
        "1,2,3,4,5,6 | channel_count",
        "4294967295,4294967295,3,4,5 | ''",
    })
    void framesWithValidCrc(String payload, String category) {
        Recorder r = decode(HELLO3 + "\n" + frame(payload) + "\n");
        if (category == null || category.isEmpty()) {
            assertEquals(1, r.frames.size(), r.events::toString);
        } else {
            assertEquals(BadLineCategory.fromKey(category), categoryOf(frame(payload)), r.events::toString);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$1,2,3,4,5*0000 | checksum",
        "$1,2,3,4,5*abcd | syntax",
        "$1,2,3,4,5*ABC | syntax",
        "$1,2,3,4,5*ABCDE | syntax",
        "$1,2,3,4,5 | syntax",
        "$ | syntax",
        "$*FFFF | syntax",
        "hello world | unknown",
        "' $1,2,3,4,5*0000' | unknown",
        "HELLO v=1 | unknown",
    })
    void otherBadFrames(String line, String category) {
        assertEquals(BadLineCategory.fromKey(category), categoryOf(line));
    }

    @Test
    void checksumIsCheckedBeforeGrammar() {
        assertEquals(BadLineCategory.CHECKSUM, categoryOf("$this is not a frame*1234"));
    }

    @Test
    void valuesAreParsedExactly() {
        Recorder r = decode(HELLO3 + "\n" + frame("1,2,0.1,1234567.891,0007.50") + "\n"
                + frame("2,3,12345678901234567890.5,0,1") + "\n");
        assertArrayEquals(new double[] {0.1, 1234567.891, 7.5}, r.frames.get(0).values());
        assertEquals(12345678901234567890.5, r.frames.get(1).values()[0]);
    }

    @Test
    void hugeValueIsRange() {
        assertEquals(BadLineCategory.RANGE, categoryOf(frame("1,2," + "9".repeat(400) + ",0,0")));
    }

    @Test
    void frameBeforeHelloIsNoHelloButBrokenFrameKeepsItsCategory() {
        Recorder r = decode(frame("1,2,3") + "\n" + frame("1,2,-3") + "\n" + "$1,2,3*0000\n");
        assertEquals(List.of(BadLineCategory.NO_HELLO, BadLineCategory.RANGE, BadLineCategory.CHECKSUM),
                r.bad.stream().map(BadLine::category).toList());
    }

    @Test
    void crlfEmptyLinesAndPhysicalLineNumbers() {
        LineDecoder d = new LineDecoder();
        Recorder r = decode(d, ("\r\n" + HELLO3 + "\r\n\r\n\n" + frame("1,2,3,4,5") + "\r\n#x\r\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertEquals(List.of(
                "raw 2 " + HELLO3, "hello 2 " + HELLO3,
                "raw 5 " + frame("1,2,3,4,5"), "frame 5 1 2 [3.0, 4.0, 5.0] dropped=0",
                "raw 6 #x\r", "log 6 x\r"), r.events);
        assertEquals(3, d.stats().lines());
    }

    @Test
    void nulBytesAndInvalidUtf8AreData() {
        byte[] in = {'#', (byte) 0xC3, (byte) 0x28, 0, '\n', 0, 0, 0, '\n', (byte) 0xFF, '$', '\n'};
        LineDecoder d = new LineDecoder();
        Recorder r = decode(d, in);
        assertEquals(1, r.logs.size());
        assertEquals(2, r.bad.size());
        assertEquals("\\x00\\x00\\x00", r.bad.get(0).excerpt());
        assertEquals("\\xFF$", r.bad.get(1).excerpt());
        assertEquals(3, d.stats().lines());
    }

    @Test
    void excerptIsAtMost80BytesWithEscapes() {
        String line = "garbage\\\t" + "x".repeat(200);
        BadLine b = decode(line + "\n").bad.get(0);
        assertEquals("garbage\\x5C\\x09" + "x".repeat(80 - 9), b.excerpt());
        assertEquals(BadLineCategory.UNKNOWN, b.category());
    }

    @Test
    void overLongLineIsReportedOnceAndSkipped() {
        String longLine = "#" + "a".repeat(600);
        Recorder r = decode(HELLO3 + "\n" + longLine + "\n" + frame("1,2,3,4,5") + "\n");
        assertEquals(List.of(BadLineCategory.TOO_LONG), r.bad.stream().map(BadLine::category).toList());
        assertEquals(1, r.frames.size());
        assertEquals("raw 2 " + longLine.substring(0, 512), r.events.get(2));
    }

    @Test
    void exactly512BytesIsAcceptedWithAnyTerminator() {
        String line = "#" + "a".repeat(511);
        for (String term : new String[] {"\n", "\r\n", ""}) {
            Recorder r = decode(line + term);
            assertEquals(List.of("a".repeat(511)), r.logs, term);
        }
        assertEquals(BadLineCategory.TOO_LONG, decode(line + "b\n").bad.get(0).category());
        assertEquals(BadLineCategory.TOO_LONG, decode(line + "\rb\n").bad.get(0).category());
        assertEquals(BadLineCategory.TOO_LONG, decode(line + "\r\r\n").bad.get(0).category());
    }

    @Test
    void unterminatedFinalLineIsDecodedByFinish() {
        LineDecoder d = new LineDecoder();
        Recorder r = new Recorder();
        byte[] b = "#tail".getBytes(StandardCharsets.US_ASCII);
        d.feed(b, 0, b.length, r);
        assertTrue(r.logs.isEmpty());
        d.finish(r);
        assertEquals(List.of("tail"), r.logs);
        d.finish(r);
        assertEquals(1, d.stats().lines());
    }

    @Test
    void statsCountEveryCategoryAndKeepTheInvariant() {
        LineDecoder d = new LineDecoder();
        decode(d, (frame("0,0,1") + "\n" + HELLO3 + "\n#log\n" + frame("1,2,3,4,5") + "\n" + frame("4,5,3,4,5")
                + "\n$1,2*0000\nnoise\n" + "x".repeat(700) + "\n").getBytes(StandardCharsets.US_ASCII));
        DecoderStats s = d.stats();
        assertEquals(8, s.lines());
        assertEquals(1, s.hellos());
        assertEquals(2, s.frames());
        assertEquals(1, s.logs());
        assertEquals(4, s.badLines());
        assertEquals(2, s.droppedFrames());
        assertEquals(1L, s.badByCategory().get(BadLineCategory.NO_HELLO));
        assertEquals(1L, s.badByCategory().get(BadLineCategory.CHECKSUM));
        assertEquals(1L, s.badByCategory().get(BadLineCategory.UNKNOWN));
        assertEquals(1L, s.badByCategory().get(BadLineCategory.TOO_LONG));
        assertEquals(0L, s.badByCategory().get(BadLineCategory.SYNTAX));
        assertEquals(s.lines(), s.hellos() + s.frames() + s.logs() + s.badLines());
    }
}
