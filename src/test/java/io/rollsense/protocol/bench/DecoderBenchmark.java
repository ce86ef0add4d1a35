package io.rollsense.protocol.bench;

import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.FrameEncoder;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.LineDecoder;
import io.rollsense.protocol.PressureUnit;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decode throughput of 8-channel frame lines (one op = one frame line). A pre-encoded capture of
 * {@value #FRAMES} frames (kPa values with 0-2 decimals, about 50 bytes a line, CRLF) is fed to a
 * fresh decoder in chunks of {@code chunkBytes}: 64 is like a serial read, 65536 like a file replay.
 * See docs/performance.md for the figure and the command.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecoderBenchmark {
    static final int FRAMES = 100_000;

    @Param({"64", "65536"})
    int chunkBytes;

    private byte[] capture;

    @Setup
    public void encode() {
        capture = encodeCapture();
    }

    /** The benchmark input: a hello and {@value #FRAMES} 8-channel frame lines, CRLF-terminated. */
    static byte[] encodeCapture() {
        Hello hello = new Hello("roller-01", DeviceKind.ROLLER, 100, PressureUnit.KPA, -105, -75, -45, -15, 15, 45, 75, 105);
        StringBuilder sb = new StringBuilder(FRAMES * 56).append(HelloCodec.encode(hello)).append("\r\n");
        SplittableRandom random = new SplittableRandom(42);
        double[] values = new double[8];
        for (int i = 0; i < FRAMES; i++) {
            for (int c = 0; c < values.length; c++) {
                values[c] = random.nextInt(6000) / 100.0;
            }
            FrameEncoder.appendFrame(sb, 4_294_900_000L + i, 10L * i, values, 2);
            sb.append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public long decode(Blackhole bh) {
        return decodeOnce(capture, chunkBytes, new DecodeListener() {
            @Override
            public void onFrame(Frame frame, long dropped, long lineNumber) {
                bh.consume(frame);
            }
        });
    }

    /** Feeds the capture to a fresh decoder in chunks; returns the frame count (checked). */
    static long decodeOnce(byte[] capture, int chunkBytes, DecodeListener sink) {
        LineDecoder decoder = new LineDecoder();
        for (int off = 0; off < capture.length; off += chunkBytes) {
            decoder.feed(capture, off, Math.min(chunkBytes, capture.length - off), sink);
        }
        decoder.finish(sink);
        long frames = decoder.stats().frames();
        if (frames != FRAMES) {
            throw new IllegalStateException("decoded " + frames + " frames, expected " + FRAMES);
        }
        return frames;
    }
}
