package io.rollsense.core.bench;

import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Analyzer;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The analyzer on an 8-taxel roller at 100 Hz: one invocation analyses 60 s of rolling (6000
 * frames, with an overpressure episode), so the score is per frame.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyzerBench {
    static final int FRAMES = 6000;
    static final double[] POS = {-105, -75, -45, -15, 15, 45, 75, 105};
    Frame[] frames;
    Hello hello;

    @Setup
    public void setup() {
        hello = new Hello("bench", DeviceKind.ROLLER, 100, PressureUnit.KPA, POS);
        Random rnd = new Random(1);
        frames = new Frame[FRAMES];
        for (int k = 0; k < FRAMES; k++) {
            double t = k / 100.0;
            double load = 30 * (1 + 0.3 * Math.sin(2 * Math.PI * 20 / 60 * t));
            double[] v = new double[8];
            for (int i = 0; i < 8; i++) {
                double a = (POS[i] - 50) / 25;
                double b = (POS[i] + 50) / 25;
                v[i] = Math.max(0, load * (Math.exp(-a * a / 2) + Math.exp(-b * b / 2)) + rnd.nextGaussian() * 0.3);
            }
            if (t > 30 && t < 33) {
                v[5] = 75;
            }
            frames[k] = new Frame(k, k * 10L, v);
        }
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public void analyzeFrame(Blackhole bh) {
        Analyzer a = new Analyzer(hello, AnalysisSettings.DEFAULTS);
        for (Frame f : frames) {
            a.onFrame(f, bh::consume);
        }
        a.finish(bh::consume);
        bh.consume(a.lastField());
    }

    /**
     * CPU-time figure that does not depend on other load: 50 warm-up rounds, then 50 measured
     * rounds of the same 6000 frames, divided by the thread's CPU time.
     */
    public static void main(String[] args) {
        AnalyzerBench b = new AnalyzerBench();
        b.setup();
        long[] events = {0};
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = 0;
        for (int round = 0; round < 100; round++) {
            if (round == 50) {
                c0 = mx.getCurrentThreadCpuTime();
            }
            Analyzer a = new Analyzer(b.hello, AnalysisSettings.DEFAULTS);
            for (Frame f : b.frames) {
                a.onFrame(f, e -> events[0]++);
            }
            a.finish(e -> events[0]++);
        }
        double ns = (double) (mx.getCurrentThreadCpuTime() - c0) / (50.0 * FRAMES);
        System.out.printf(java.util.Locale.ROOT, "analyzer, 8 channels: %.0f ns CPU per frame (%.2f M frames/s per core), %d events%n",
                ns, 1000 / ns, events[0]);
    }

    /** Consumes events without keeping them. */
    static void consume(Blackhole bh, AnalysisEvent e) {
        bh.consume(e);
    }
}
