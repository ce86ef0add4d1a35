package io.rollsense.bench;

import io.rollsense.api.PipelineStats;
import io.rollsense.pipeline.Pipeline;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.Simulator;
import io.rollsense.source.FrameSource;
import io.rollsense.source.MqttPublisher;
import io.rollsense.source.MqttSettings;
import io.rollsense.source.MqttSource;
import io.rollsense.source.SerialSource;
import io.rollsense.source.SimulatorSource;
import io.rollsense.testing.Mosquitto;
import io.rollsense.testing.PtyDeviceWriter;
import io.rollsense.testing.SocatPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Live-input latency harness: frames from the simulator through a real socat pty or a real
 * Mosquitto broker into the pipeline; prints frames, losses and the source-to-listeners latency.
 * The first {@code WARMUP_SECONDS} (default 5) are left out of the latency figures (JIT warm-up).
 * Usage: {@code LiveLatencyHarness serial|mqtt RATE_HZ SECONDS [WARMUP_SECONDS]}.
 */
public final class LiveLatencyHarness {
    private LiveLatencyHarness() {
    }

    public static void main(String[] args) throws Exception {
        String transport = args[0];
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Path dir = Files.createTempDirectory("rollsense-bench");
        Simulator sim = Simulator.of("steady", DeviceKind.ROLLER, PressureUnit.KPA, rate, 7, seconds + warmup + 5);
        PipelineStats stats;
        long sent;
        if (transport.equals("serial")) {
            try (SocatPair pty = new SocatPair(dir)) {
                var lines = SimulatorSource.lines(sim);
                String hello = lines.nextLine();
                Pipeline p = pipeline(new SerialSource(pty.hostEnd().toString(), 115200));
                p.start();
                try (PtyDeviceWriter w = new PtyDeviceWriter(pty.deviceEnd(), prepend(hello, lines), hello, 1)) {
                    Thread.sleep(warmup * 1000L); // harness pacing, not synchronisation
                    p.resetLatency();
                    stats = p.run(Duration.ofSeconds(seconds));
                    sent = w.written();
                }
            }
        } else {
            try (Mosquitto broker = new Mosquitto(dir)) {
                var lines = SimulatorSource.lines(sim);
                String hello = lines.nextLine();
                MqttPublisher pub = new MqttPublisher(MqttSettings.of(broker.uri()),
                        List.of(new MqttPublisher.Device(sim.hello().deviceId(), hello, lines)), (int) Math.max(1, rate / 100), 1);
                Pipeline p = pipeline(new MqttSource(MqttSettings.of(broker.uri()), "+"));
                p.start();
                Thread t = new Thread(() -> {
                    try {
                        pub.run(Duration.ofSeconds(seconds + warmup));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                t.start();
                Thread.sleep(warmup * 1000L); // harness pacing, not synchronisation
                p.resetLatency();
                t.join();
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (p.stats().frames() < pub.publishedLines() && System.nanoTime() < deadline) {
                    Thread.sleep(100); // let the last QoS 0 batches arrive (stats refresh every 250 ms)
                }
                p.stop();
                stats = p.run(null);
                sent = pub.publishedLines();
                pub.close();
            }
        }
        System.out.printf(Locale.ROOT, "%s %.0f Hz %d s after %d s warm-up: sent %d, analysed %d, bad %d, dropped %d, queue drops %d, "
                        + "latency p50 %.3f ms p99 %.3f ms max %.3f ms (%d frames measured)%n", transport, rate, seconds, warmup, sent, stats.frames(),
                stats.badLines(), stats.droppedFrames(), stats.queueDrops(), stats.latency().p50Ms(),
                stats.latency().p99Ms(), stats.latency().maxMs(), stats.latency().frames());
    }

    private static Pipeline pipeline(FrameSource source) {
        return Pipeline.builder().source(source).shutdownHook(false).build();
    }

    private static io.rollsense.source.LineGenerator prepend(String first, io.rollsense.source.LineGenerator rest) {
        return new io.rollsense.source.LineGenerator() {
            private boolean sent;

            @Override
            public String nextLine() {
                if (!sent) {
                    sent = true;
                    return first;
                }
                return rest.nextLine();
            }

            @Override
            public long lastDeviceTimeMs() {
                return rest.lastDeviceTimeMs();
            }
        };
    }
}
