package io.rollsense.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Arbitrary input never throws and every line is accounted for. */
class DecoderPropertiesTest {

    private static void assertAccounted(LineDecoder d, Recorder r) {
        DecoderStats s = d.stats();
        assertEquals(s.lines(), s.hellos() + s.frames() + s.logs() + s.badLines(), s::toString);
        assertEquals(s.lines(), r.rawLines);
        assertEquals(s.frames(), r.frames.size());
        assertEquals(s.hellos(), r.hellos.size());
        assertEquals(s.logs(), r.logs.size());
        assertEquals(s.badLines(), r.bad.size());
    }

    private static Recorder feedInChunks(LineDecoder d, byte[] in, List<Integer> cuts) {
        Recorder r = new Recorder();
        int pos = 0;
        for (int cut : cuts) {
            int n = Math.min(cut, in.length - pos);
            d.feed(in, pos, n, r);
            pos += n;
        }
        d.feed(in, pos, in.length - pos, r);
        d.finish(r);
        return r;
    }

    @Property(tries = 300)
    void arbitraryBytesNeverThrowAndEveryLineIsCounted(@ForAll @Size(max = 3000) byte[] in,
                                                       @ForAll @Size(max = 8) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 700) Integer> cuts) {
        LineDecoder d = new LineDecoder();
        Recorder r = feedInChunks(d, in, cuts);
        assertAccounted(d, r);
        long newlines = 0;
        for (byte b : in) {
            newlines += b == '\n' ? 1 : 0;
        }
        assertEquals(true, d.stats().lines() <= newlines + 1);
    }

    @Property(tries = 300)
    void mixesOfValidLinesAndGarbageDecodeTheSameInAnyChunks(@ForAll("streams") byte[] in,
                                                             @ForAll @Size(max = 10) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 600) Integer> cuts) {
        LineDecoder whole = new LineDecoder();
        Recorder expected = Recorder.decode(whole, in);
        LineDecoder split = new LineDecoder();
        Recorder r = feedInChunks(split, in, cuts);
        assertAccounted(split, r);
        assertEquals(expected.events, r.events);
        assertEquals(whole.stats(), split.stats());
    }

    /** Oracle: a plain split on '\n' gives the same raw lines (and physical line numbers) as the decoder. */
    @Property(tries = 300)
    void rawLinesMatchANaiveSplit(@ForAll("newlineRich") byte[] in,
                                  @ForAll @Size(max = 6) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 900) Integer> cuts) {
        java.util.List<String> expected = new java.util.ArrayList<>();
        String text = new String(in, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.endsWith("\r")) { // part of the terminator (also at the end of input)
                l = l.substring(0, l.length() - 1);
            }
            if (!l.isEmpty()) {
                expected.add("raw " + (i + 1) + " " + (l.length() > WireFormat.MAX_LINE_BYTES ? l.substring(0, WireFormat.MAX_LINE_BYTES) : l));
            }
        }
        Recorder r = feedInChunks(new LineDecoder(), in, cuts);
        assertEquals(expected, r.events.stream().filter(e -> e.startsWith("raw ")).toList());
    }

    @Provide
    Arbitrary<byte[]> newlineRich() {
        Arbitrary<Byte> bytes = Arbitraries.oneOf(Arbitraries.bytes(),
                Arbitraries.of((byte) '\n', (byte) '\r', (byte) 0x0B, (byte) 0x8A, (byte) 0x09, (byte) 0xFF, (byte) '$'));
        Arbitrary<byte[]> longRuns = Arbitraries.integers().between(500, 530).map(n -> "x".repeat(n).getBytes(StandardCharsets.US_ASCII));
        return Arbitraries.oneOf(bytes.map(b -> new byte[] {b}), bytes.map(b -> new byte[] {b}), longRuns)
                .list().ofMaxSize(300)
                .map(parts -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    parts.forEach(out::writeBytes);
                    return out.toByteArray();
                });
    }

    @Provide
    Arbitrary<byte[]> streams() {
        Arbitrary<String> frames = Arbitraries.longs().between(0, 0xFFFF_FFFFL).tuple3()
                .map(t -> FrameEncoder.frame(t.get1(), t.get2(), new double[] {t.get3() % 1000, 1.5, 0}, 2));
        Arbitrary<String> garbage = Arbitraries.strings().withCharRange((char) 0, (char) 255).ofMaxLength(600);
        Arbitrary<String> lines = Arbitraries.oneOf(
                frames, frames, frames, garbage,
                Arbitraries.of(Recorder.HELLO3, "#log", "", "\r", "#HELLO v=3", "$1,2,3*0000", "x".repeat(520)));
        Arbitrary<String> terminators = Arbitraries.of("\n", "\r\n", "");
        return Arbitraries.oneOf(lines.flatMap(l -> terminators.map(t -> l + t)))
                .list().ofMaxSize(40)
                .map(parts -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    for (String p : parts) {
                        out.writeBytes(p.getBytes(StandardCharsets.ISO_8859_1));
                    }
                    return out.toByteArray();
                });
    }
}
