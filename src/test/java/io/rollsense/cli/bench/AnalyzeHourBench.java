package io.rollsense.cli.bench;

import io.rollsense.cli.Main;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.FrameEncoder;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.PressureUnit;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Whole-command figure: writes one hour of 8-taxel 100 Hz rolling as a capture (360,000 frame
 * lines with CRCs, a hold every 10 minutes), then times {@code rollsense analyze FILE --json} in
 * this JVM: 3 warm-up runs, then 5 measured runs (wall time and the thread's CPU time each, best and
 * median printed; CPU time is what one core needs whatever else the machine runs).
 * Usage: {@code AnalyzeHourBench [capture-path]} (default: a temp file, deleted afterwards).
 */
public final class AnalyzeHourBench {
    private AnalyzeHourBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("rollsense-hour", ".txt");
        write(file);
        System.out.printf(Locale.ROOT, "capture %s: %.1f MB%n", file, Files.size(file) / 1e6);
        long[] ms = new long[8];
        long[] cpu = new long[8];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < ms.length; r++) {
            StringWriter out = new StringWriter();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int code = Main.run(new String[] {"analyze", file.toString(), "--json"}, new PrintWriter(out),
                    new PrintWriter(System.err, true));
            ms[r] = (System.nanoTime() - t0) / 1_000_000;
            cpu[r] = (mx.getCurrentThreadCpuTime() - c0) / 1_000_000;
            if (code != 0) {
                throw new IllegalStateException("analyze failed with exit code " + code);
            }
            String[] lines = out.toString().split("\n");
            System.out.printf(Locale.ROOT, "run %d%s: %d ms wall, %d ms CPU, %s%n", r + 1, r < 3 ? " (warm-up)" : "",
                    ms[r], cpu[r], lines[lines.length - 1]);
        }
        long[] measured = java.util.Arrays.copyOfRange(ms, 3, ms.length);
        long[] measuredCpu = java.util.Arrays.copyOfRange(cpu, 3, cpu.length);
        java.util.Arrays.sort(measured);
        java.util.Arrays.sort(measuredCpu);
        System.out.printf(Locale.ROOT, "analyze of 1 h: wall best %d ms, median %d ms; CPU best %d ms, median %d ms%n",
                measured[0], measured[2], measuredCpu[0], measuredCpu[2]);
        if (args.length == 0) {
            Files.delete(file);
        }
    }

    static void write(Path file) throws Exception {
        double[] pos = {-105, -75, -45, -15, 15, 45, 75, 105};
        Hello hello = new Hello("hour", DeviceKind.ROLLER, 100, PressureUnit.KPA, pos);
        Random rnd = new Random(1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write(HelloCodec.encode(hello));
            w.write('\n');
            StringBuilder sb = new StringBuilder(128);
            double[] v = new double[8];
            for (int k = 0; k < 360_000; k++) {
                double t = k / 100.0;
                boolean hold = t % 600 > 540;
                double load = hold ? 33 : 30 * (1 + 0.3 * Math.sin(2 * Math.PI * 20 / 60 * t));
                for (int i = 0; i < 8; i++) {
                    double a = (pos[i] - 50) / 25;
                    double b = (pos[i] + 50) / 25;
                    v[i] = load * (Math.exp(-a * a / 2) + Math.exp(-b * b / 2)) + Math.abs(rnd.nextGaussian() * 0.3);
                }
                sb.setLength(0);
                FrameEncoder.appendFrame(sb, k, k * 10L, v, 2);
                sb.append('\n');
                w.append(sb);
            }
        }
    }
}
