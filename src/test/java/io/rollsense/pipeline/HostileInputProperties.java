package io.rollsense.pipeline;

import io.rollsense.api.PipelineStats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.api.PipelineListener;
import io.rollsense.cli.Main;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.protocol.FrameEncoder;
import io.rollsense.source.GeneratorSource;
import io.rollsense.source.LineGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile hellos (any rate, positions, ids, units, areas) and frames whose clock leaps or goes
 * back, through the whole live pipeline and through {@code analyze}: nothing throws, the run ends
 * at the end of its input (never on the safety timeout), and the output stays bounded by the
 * input, never days of cadence events (at most one per second of the {@code 5 s} a frame may
 * move time on, plus alerts and strokes).
 */
class HostileInputProperties {
    /** Events one input line may cause at most: cadence for the 5 s a frame may advance, a stroke, alert raise and clear of two kinds. */
    private static final int EVENTS_PER_LINE = 12;

    @Provide
    Arbitrary<String> hellos() {
        Arbitrary<String> rate = Arbitraries.oneOf(Arbitraries.of("1000000000", "0.0001", "2000", "2000.0001", "1", "0.5",
                "100", "33.3333", "99999999999999999999999"), Arbitraries.doubles().between(0, 5000).map(d -> String.format(
                java.util.Locale.ROOT, "%.3f", d)));
        Arbitrary<String> pos = Arbitraries.oneOf(Arbitraries.of("0", "-10,10", "-1e9,1", "-10000.1,0", "-9999,9999"),
                Arbitraries.integers().between(1, 70).map(n -> "1,".repeat(n - 1) + "1"));
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.of("d1", "d2", "x".repeat(65), "x".repeat(64), "a/b", "é"),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(80));
        Arbitrary<String> unit = Arbitraries.of("kPa", "N", "raw", "psi");
        Arbitrary<String> area = Arbitraries.of("", " area=0", " area=100", " area=1000000000");
        return Combinators.combine(rate, pos, id, unit, area).as((r, p, i, u, a) ->
                "#HELLO v=1 device=" + i + " kind=roller rate=" + r + " unit=" + u + " pos=" + p + a);
    }

    @Provide
    Arbitrary<List<Long>> timeSteps() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 20),
                Arbitraries.of(2_147_483_000L, 4_294_967_295L, 5_001L, 86_400_000L, 4_294_967_000L /* back */))
                .list().ofMinSize(1).ofMaxSize(400);
    }

    /** A capture: a hostile hello, frames of 1..70 channels whose clock moves by the steps, a second hello midway. */
    static List<String> capture(String hello, String second, List<Long> steps) {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        lines.add(hello);
        int channels = hello.substring(hello.indexOf("pos=") + 4).split(" ")[0].split(",").length;
        long t = 0;
        for (int k = 0; k < steps.size(); k++) {
            if (k == steps.size() / 2) {
                lines.add(second);
                channels = second.substring(second.indexOf("pos=") + 4).split(" ")[0].split(",").length;
            }
            t = (t + steps.get(k)) & 0xFFFF_FFFFL;
            double[] v = new double[channels];
            java.util.Arrays.fill(v, k % 50 < 25 ? 90 : 3);
            lines.add(FrameEncoder.frame(k, t, v, 1));
        }
        return lines;
    }

    @Property(tries = 40)
    void theLivePipelineStaysBoundedAndEnds(@ForAll("hellos") String hello, @ForAll("hellos") String second,
                                            @ForAll("timeSteps") List<Long> steps) throws Exception {
        List<String> lines = capture(hello, second, steps);
        Iterator<String> it = lines.iterator();
        LineGenerator gen = new LineGenerator() {
            @Override
            public String nextLine() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public long lastDeviceTimeMs() {
                return 0;
            }
        };
        AtomicLong events = new AtomicLong();
        Pipeline p = Pipeline.builder().source(new GeneratorSource("fuzz", gen, Double.POSITIVE_INFINITY, Long.MAX_VALUE))
                .listener(new PipelineListener() {
                    @Override
                    public void onEvent(String deviceId, AnalysisEvent event) {
                        events.incrementAndGet();
                    }
                }).shutdownHook(false).build();
        PipelineStats stats = p.run(Duration.ofSeconds(60)); // a safety bound only: the input ends long before
        assertTrue(stats.analysisErrors() <= 2, "at most each hello's layout refused, each said once: " + stats);
        io.rollsense.protocol.LineDecoder alone = new io.rollsense.protocol.LineDecoder(); // what the lines hold
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        alone.feed(bytes, 0, bytes.length, new io.rollsense.protocol.DecodeListener() { });
        assertEquals(alone.stats().frames(), stats.frames(), "every frame analysed or passed on, to the end of input");
        assertEquals(alone.stats().badLines(), stats.badLines(), "every bad line counted");
        assertTrue(events.get() <= (long) EVENTS_PER_LINE * lines.size(), events + " events from " + lines.size() + " lines");
    }

    @Property(tries = 40)
    void analyzeStaysBoundedAndNeverCrashes(@ForAll("hellos") String hello, @ForAll("hellos") String second,
                                            @ForAll("timeSteps") List<Long> steps) throws Exception {
        List<String> lines = capture(hello, second, steps);
        Path f = Files.createTempFile("hostile", ".txt");
        try {
            Files.write(f, lines);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"analyze", f.toString(), "--json"}, new PrintWriter(out, true),
                    new PrintWriter(err, true));
            assertTrue(code == 0 || code == 1, "exit " + code + ": " + err);
            assertTrue(!err.toString().contains("Exception") && !err.toString().contains("Error:"), err.toString());
            long outLines = out.toString().lines().count();
            assertTrue(outLines <= (long) EVENTS_PER_LINE * lines.size() + 1, outLines + " lines from " + lines.size());
            assertTrue(out.toString().contains("\"type\":\"summary\""), "a summary always: " + err);
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
