package io.rollsense.protocol.bench;

import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.Frame;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Companion to {@link DecoderBenchmark} for a shared, busy machine: decodes the same capture and
 * reports frame lines per second of this thread's CPU time (what one core does, whatever else
 * runs) next to the wall-clock rate. Usage: {@code DecoderCpuHarness [chunkBytes] [rounds]}.
 */
public final class DecoderCpuHarness {
    private DecoderCpuHarness() {
    }

    public static void main(String[] args) {
        int chunk = args.length > 0 ? Integer.parseInt(args[0]) : 4096;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        byte[] capture = DecoderBenchmark.encodeCapture();
        long[] checksum = {0};
        DecodeListener sink = new DecodeListener() {
            @Override
            public void onFrame(Frame frame, long dropped, long lineNumber) {
                checksum[0] += frame.seq();
            }
        };
        for (int i = 0; i < rounds; i++) {
            DecoderBenchmark.decodeOnce(capture, chunk, sink); // warm-up
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long lines = 0;
        for (int i = 0; i < rounds; i++) {
            lines += DecoderBenchmark.decodeOnce(capture, chunk, sink);
        }
        double cpuS = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wallS = (System.nanoTime() - wall0) / 1e9;
        System.out.printf(Locale.ROOT, "chunk %d B: %d frame lines, %.0f lines/s per CPU second, %.0f lines/s wall clock (checksum %d)%n",
                chunk, lines, lines / cpuS, lines / wallS, checksum[0]);
    }
}
