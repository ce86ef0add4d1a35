package io.rollsense.sim.bench;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.Simulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time to generate one hour of 8-channel 100 Hz roller data as wire lines (one op = 360,000 frames
 * plus the hello), including the noise-free model, sensor model and the truth recorder.
 * See docs/performance.md (section Simulator) for the figure and the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class SimulatorBenchmark {
    @Param({"steady", "tour"})
    String scenario;

    @Param({"kPa", "raw"})
    String unit;

    @Benchmark
    public long oneHour(Blackhole bh) {
        Simulator sim = Simulator.of(scenario, DeviceKind.ROLLER, PressureUnit.fromWire(unit), 100, 1, 3600);
        long bytes = 0;
        for (String l = sim.nextLine(); l != null; l = sim.nextLine()) {
            bytes += l.length() + 1;
            bh.consume(l);
        }
        return bytes;
    }
}
