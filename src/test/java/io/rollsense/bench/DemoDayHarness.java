package io.rollsense.bench;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.PipelineStats;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.PressureField;
import io.rollsense.pipeline.Pipeline;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.Simulator;
import io.rollsense.sink.ConsoleReporter;
import io.rollsense.sink.LinePrinter;
import io.rollsense.sink.LiveJson;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * A long headless demo far faster than real time: the looping {@code demo} scenario on a 100 Hz
 * roller through the real {@link Pipeline} (simulator source paced at SPEED× real time, below the
 * analyzer's capacity so the live queue never drops (an unpaced source overruns it by design), the one analyzer thread, the headless
 * console and {@code live --json} sinks printing through {@link LinePrinter} to a discarding
 * terminal). For every hour of device time it prints the longest pause of the analyzer thread
 * (the longest host-time gap between two consecutive frames' fields; hours counted in frames), frames per second, the
 * latency percentiles so far and the heap in use: a pause or heap that grows with run length
 * shows as a rising column. Usage: {@code DemoDayHarness [HOURS, default 24] [SPEED, default 500]}.
 */
public final class DemoDayHarness {
    /** Frames in one hour of a 100 Hz device. */
    private static final long FRAMES_PER_HOUR = 360_000;

    private DemoDayHarness() {
    }

    public static void main(String[] args) throws Exception {
        double hours = args.length > 0 ? Double.parseDouble(args[0]) : 24;
        double speed = args.length > 1 ? Double.parseDouble(args[1]) : 500;
        Simulator sim = Simulator.builder().script("demo").kind(DeviceKind.ROLLER).unit(PressureUnit.KPA).rateHz(100).seed(1)
                .durationSeconds(hours * 3600).keepTruth(false).build(); // no ground truth: constant memory
        Writer discard = Writer.nullWriter();
        LinePrinter printer = new LinePrinter(discard, new PrintWriter(System.err, true));
        Pauses pauses = new Pauses();
        LiveJson json = new LiveJson(new PrintWriter(printer));
        Pipeline p = Pipeline.builder()
                .source(io.rollsense.source.SimulatorSource.of("sim-01", sim, speed))
                .listener(new ConsoleReporter(new PrintWriter(printer), AnalysisSettings.DEFAULTS, 5000))
                .listener(json).listener(pauses).shutdownHook(false).build();
        json.statsFrom(p::stats);
        pauses.pipeline = p;
        System.out.printf(Locale.ROOT, "%-5s %12s %14s %10s %10s %10s %9s%n", "hour", "frames", "frames/s",
                "max pause", "p99 lat", "max lat", "heap MB");
        long t0 = System.nanoTime();
        PipelineStats s = p.run(null);
        printer.close();
        double wall = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "total: %d frames in %.1f s wall (%.0f frames/s, %.0f× real time); "
                        + "latency p50 %.3f ms p99 %.3f ms max %.1f ms; printer dropped %d lines; queue drops %d%n",
                s.frames(), wall, s.frames() / wall, s.frames() / 100.0 / wall, s.latency().p50Ms(),
                s.latency().p99Ms(), s.latency().maxMs(), printer.droppedLines(), s.queueDrops());
    }

    /** Measures, on the analyzer thread, the longest gap between fields within each device hour. */
    private static final class Pauses implements PipelineListener {
        volatile Pipeline pipeline;
        private long lastNanos;
        private long maxGapNanos;
        private long hour;
        private long frames;
        private long hourStartNanos = System.nanoTime();

        @Override
        public void onField(String deviceId, PressureField field) {
            long now = System.nanoTime();
            if (lastNanos != 0) {
                maxGapNanos = Math.max(maxGapNanos, now - lastNanos);
            }
            lastNanos = now;
            frames++;
            if (frames == FRAMES_PER_HOUR) {
                report(now);
                hour++;
            }
        }

        @Override
        public void onStop() {
            if (frames > 0) {
                report(System.nanoTime());
            }
        }

        private void report(long now) {
            PipelineStats s = pipeline.stats();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "%-5d %12d %14.0f %8.2f ms %7.3f ms %7.1f ms %9.0f%n", hour + 1, frames,
                    frames / ((now - hourStartNanos) / 1e9), maxGapNanos / 1e6, s.latency().p99Ms(),
                    s.latency().maxMs(), heap / 1e6);
            maxGapNanos = 0;
            frames = 0;
            hourStartNanos = now;
        }
    }
}
