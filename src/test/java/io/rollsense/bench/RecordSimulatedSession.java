package io.rollsense.bench;

import io.rollsense.core.AnalysisSettings;
import io.rollsense.pipeline.Pipeline;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.session.SessionMetadata;
import io.rollsense.session.SessionRecorder;
import io.rollsense.sim.Simulator;
import io.rollsense.source.SimulatorSource;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Records a realistic session from the simulator through the real pipeline, as fast as it goes
 * (for looking at reports and the review window). Args: {@code <dataDir> [script] [painBefore]}, e.g.
 * {@code target/demo-sessions tour 6}. Run with {@code exec:java -Dexec.classpathScope=test}.
 */
public final class RecordSimulatedSession {
    private RecordSimulatedSession() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/demo-sessions");
        String script = args.length > 1 ? args[1] : "tour";
        Integer pain = args.length > 2 ? Integer.valueOf(args[2]) : null;
        Simulator sim = Simulator.of(script, DeviceKind.ROLLER, PressureUnit.KPA, 100, 3, 0);
        SessionRecorder rec = SessionRecorder.start(dir, new SessionMetadata("sim", "simulator:" + script,
                AnalysisSettings.DEFAULTS, null, null, pain), System.err::println);
        Pipeline.builder().source(SimulatorSource.of(sim.hello().deviceId(), sim, Double.POSITIVE_INFINITY))
                .queueCapacity(10_000_000).shutdownHook(false).recording(true).listener(rec).build()
                .run(Duration.ofMinutes(10));
        System.out.println("recorded " + rec.file() + ": " + rec.summary().toJson());
        System.exit(0);
    }
}
