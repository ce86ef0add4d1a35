package io.rollsense.cli;

import io.rollsense.app.SimulationSpec;
import io.rollsense.pipeline.SimulateMqtt;
import io.rollsense.pipeline.SimulateWriter;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.GroundTruthJson;
import io.rollsense.sim.Scenarios;
import io.rollsense.sim.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code rollsense simulate}: writes the wire lines of a simulated device (hello first) to stdout, a
 * file or a serial device path, as fast as possible or paced by device time, and optionally the
 * ground truth JSON. See docs/simulator.md.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a person rolling on a sensor device; write wire-protocol lines.")
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--list", description = "List the scenarios, one line each, and exit.")
    boolean list;

    @Option(names = "--scenario", paramLabel = "SCRIPT", defaultValue = "steady",
            description = "Scenario name or script, e.g. steady:60,cadence-change:60:to=34,spine:30 (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--duration", paramLabel = "D", converter = DurationConverter.class,
            description = "Run length (e.g. 90s, 5m); default: one pass of the script (a looping script runs forever).")
    java.time.Duration duration;

    /** Deprecated spelling of {@link #duration} in seconds, kept hidden so old scripts still run. */
    @Option(names = "--seconds", paramLabel = "N", hidden = true)
    Double seconds;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--kind", paramLabel = "roller|balls|pad", defaultValue = "roller", converter = KindConverter.class,
            description = "Device kind (default: ${DEFAULT-VALUE}).")
    DeviceKind kind;

    @Option(names = "--unit", paramLabel = "raw|N|kPa", defaultValue = "kPa", converter = UnitConverter.class,
            description = "Unit of the frame values (default: ${DEFAULT-VALUE}).")
    PressureUnit unit;

    @Option(names = "--rate", paramLabel = "HZ", defaultValue = "100", description = "Frame rate, 20–1000 Hz (default: ${DEFAULT-VALUE}).")
    double rateHz;

    @Option(names = "--spm", paramLabel = "SPM", description = "Starting cadence, 5–45 strokes/min (default 24).")
    Double spm;

    @Option(names = "--centre-taxel", description = "Balls only: add a sensor between the two balls.")
    boolean centreTaxel;

    @Option(names = "--out", paramLabel = "FILE|DEVICE|-", defaultValue = "-",
            description = "Where to write the lines: a file, a serial device path (e.g. a socat pty), or - for stdout.")
    String out;

    @Option(names = "--truth", paramLabel = "FILE", description = "Write the ground truth JSON here at the end.")
    Path truth;

    @Option(names = "--realtime", description = "Pace lines by device time (default: as fast as possible).")
    boolean realtime;

    @Option(names = "--overpressure-kpa", paramLabel = "KPA",
            description = "Overpressure threshold for the truth intervals, kPa (default: per kind, roller 60, balls 120, pad 80).")
    Double overpressureKpa;

    @Option(names = "--spine-kpa", paramLabel = "KPA",
            description = "Spine threshold for the truth intervals, kPa (default: per kind, roller 25, balls 40, pad 30).")
    Double spineKpa;

    @Option(names = "--mqtt", paramLabel = "URI",
            description = "Publish to this MQTT broker (tcp:// or ssl://) as a device would, paced in real time.")
    String mqtt;

    @Option(names = "--device", paramLabel = "ID", defaultValue = "sim",
            description = "With --mqtt: device id (default: ${DEFAULT-VALUE}); with --devices N the ids are ID-1..ID-N.")
    String device;

    @Option(names = "--devices", paramLabel = "N", defaultValue = "1",
            description = "With --mqtt: number of simulated devices, 1–1000 (default: ${DEFAULT-VALUE}).")
    int devices;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "10",
            description = "With --mqtt: frame lines per MQTT message, 1–1000 (default: ${DEFAULT-VALUE}).")
    int batch;

    @CommandLine.Mixin
    MqttOptions mqttOptions = new MqttOptions();

    @Option(names = "--spine-zone-mm", paramLabel = "MM", defaultValue = "20",
            description = "Half-width of the spine zone for the truth, mm, 1..100 (default: ${DEFAULT-VALUE}, as the core).")
    double spineZoneMm;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (mqtt != null) {
            if (devices < 1 || devices > 1000) {
                throw usage("--devices must be 1–1000, was " + devices);
            }
            SimulationSpec sim = simulation();
            List<Simulator> sims = new ArrayList<>();
            for (int i = 1; i <= devices; i++) {
                sims.add(build(sim, devices == 1 ? device : device + "-" + i, seed + i - 1));
            }
            return SimulateMqtt.run(mqttOptions.settings(mqtt), sims, batch, spec.commandLine().getErr());
        }
        if (list) {
            PrintWriter w = spec.commandLine().getOut();
            for (Scenarios.Info i : Scenarios.list()) {
                w.printf("%-15s %5.0f s  %s%n", i.name(), i.defaultSeconds(), i.description());
            }
            w.flush();
            return 0;
        }
        SimulationSpec sim = simulation();
        Simulator one = build(sim, null, seed);
        if (truth != null && one.durationMs() == Long.MAX_VALUE) {
            throw usage("--truth needs --duration for a looping scenario ('" + scenario + "' runs forever)");
        }
        if (out.equals("-")) {
            SimulateWriter.toWriter(one, spec.commandLine().getOut(), realtime);
        } else {
            SimulateWriter.toPath(one, out, realtime);
        }
        if (truth != null) {
            GroundTruthJson.write(sim.truth(one), truth);
        }
        return 0;
    }

    /** The checked options (a usage error when one is out of range). */
    private SimulationSpec simulation() {
        try {
            return new SimulationSpec(scenario, kind, unit, rateHz, duration != null ? Double.valueOf(duration.toMillis() / 1000.0) : seconds,
                    spm, centreTaxel, overpressureKpa, spineKpa, spineZoneMm);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private Simulator build(SimulationSpec sim, String deviceId, long seed) {
        try {
            return sim.build(deviceId, seed);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    static final class KindConverter implements CommandLine.ITypeConverter<DeviceKind> {
        @Override
        public DeviceKind convert(String value) {
            DeviceKind k = DeviceKind.fromWire(value);
            if (k == null) {
                throw new CommandLine.TypeConversionException("expected roller, balls or pad, was '" + value + "'");
            }
            return k;
        }
    }

    static final class UnitConverter implements CommandLine.ITypeConverter<PressureUnit> {
        @Override
        public PressureUnit convert(String value) {
            PressureUnit u = PressureUnit.fromWire(value);
            if (u == null) {
                throw new CommandLine.TypeConversionException("expected raw, N or kPa, was '" + value + "'");
            }
            return u;
        }
    }
}
