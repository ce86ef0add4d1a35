package io.rollsense.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** What FrameEncoder and HelloCodec write, LineDecoder reads back to the same values. */
class EncoderRoundTripTest {

    @Provide
    Arbitrary<Hello> hellos() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('!', '~').excludeChars('/', '+', '#').ofMinLength(1).ofMaxLength(20);
        Arbitrary<Double> rates = Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("2000")).ofScale(4)
                .map(BigDecimal::doubleValue);
        Arbitrary<double[]> pos = Arbitraries.bigDecimals().between(new BigDecimal("-500"), new BigDecimal("500")).ofScale(1)
                .map(BigDecimal::doubleValue).map(d -> d == 0 ? 0.0 : d).list().ofMinSize(1).ofMaxSize(Hello.MAX_CHANNELS)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
        Arbitrary<String> fw = Arbitraries.strings().alpha().numeric().withChars('.').ofMinLength(1).ofMaxLength(8).injectNull(0.3);
        Arbitrary<Double> area = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("10000")).ofScale(2)
                .map(BigDecimal::doubleValue).injectNull(0.3).map(a -> a == null ? Double.NaN : a);
        Arbitrary<Map<String, String>> extra = Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(6)
                .filter(k -> !List.of("area", "kind", "rate", "unit").contains(k)),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5)).ofMaxSize(2);
        return Combinators.combine(ids, Arbitraries.of(DeviceKind.class), rates, Arbitraries.of(PressureUnit.class), pos, fw, area, extra)
                .as((id, kind, rate, unit, p, f, a, x) -> new Hello(1, id, kind, rate, unit, p, f, a, x));
    }

    @Property(tries = 200)
    void helloRoundTrip(@ForAll("hellos") Hello hello) {
        Recorder r = Recorder.decode(HelloCodec.encode(hello) + "\n");
        assertEquals(List.of(hello), r.hellos, r.events::toString);
    }

    @Property(tries = 300)
    void frameRoundTrip(@ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long seq,
                        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long timeMs,
                        @ForAll("values") double[] values,
                        @ForAll @IntRange(min = 0, max = 6) int decimals) {
        double[] pos = new double[values.length];
        Hello hello = new Hello("dev", DeviceKind.PAD, 50, PressureUnit.RAW, pos);
        String line = FrameEncoder.frame(seq, timeMs, values, decimals);
        Recorder r = Recorder.decode(HelloCodec.encode(hello) + "\n" + line + "\n");
        assertEquals(1, r.frames.size(), r.events::toString);
        Frame f = r.frames.get(0);
        assertEquals(seq, f.seq());
        assertEquals(timeMs, f.deviceTimeMs());
        double scale = Math.pow(10, decimals);
        for (int i = 0; i < values.length; i++) {
            assertEquals(Math.round(values[i] * scale) / scale, f.values()[i], 1e-9 * Math.max(1, values[i]), "value " + i + " of " + line);
        }
        // Encoding the decoded frame again gives the same bytes.
        assertEquals(line, FrameEncoder.frame(f.seq(), f.deviceTimeMs(), f.values(), decimals));
    }

    @Provide
    Arbitrary<double[]> values() {
        return Arbitraries.doubles().between(0, 1e6).list().ofMinSize(1).ofMaxSize(16)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Property(tries = 100)
    void streamOfEncodedFramesDecodesInOrder(@ForAll @IntRange(min = 1, max = 200) int n,
                                             @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long firstSeq) {
        Hello hello = new Hello("dev", DeviceKind.ROLLER, 100, PressureUnit.KPA, -10, 10);
        StringBuilder sb = new StringBuilder(HelloCodec.encode(hello)).append('\n');
        for (long i = 0; i < n; i++) {
            FrameEncoder.appendFrame(sb, firstSeq + i, 10 * (firstSeq + i), new double[] {i % 7, 0.25}, 2);
            sb.append("\r\n");
        }
        LineDecoder d = new LineDecoder();
        Recorder r = Recorder.decode(d, sb.toString().getBytes(StandardCharsets.US_ASCII));
        assertEquals(n, r.frames.size());
        for (int i = 0; i < n; i++) {
            Frame f = r.frames.get(i);
            assertEquals(firstSeq + i, f.seq());
            assertArrayEquals(new double[] {i % 7, 0.25}, f.values());
        }
        assertEquals(0, d.stats().droppedFrames());
    }
}
