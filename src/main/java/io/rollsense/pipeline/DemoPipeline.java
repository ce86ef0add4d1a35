package io.rollsense.pipeline;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.RecordingControl;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.DeviceAnalysis;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.Scenarios;
import io.rollsense.sim.Simulator;
import io.rollsense.source.SimulatorSource;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** The demo's wiring: the real-time simulator as the pipeline's only source. */
public final class DemoPipeline {
    private final Simulator simulator;

    private DemoPipeline(Simulator simulator) {
        this.simulator = simulator;
    }

    /**
     * A looping simulator for a scenario or script ({@code loop:} is added when missing).
     *
     * @throws IllegalArgumentException for an unknown scenario or a bad rate
     */
    public static DemoPipeline of(String scenario, DeviceKind kind, double rateHz, long seed) {
        if (!(rateHz >= 1 && rateHz <= 1000)) {
            throw new IllegalArgumentException("--rate must be in 1..1000 Hz, was " + rateHz);
        }
        String script = scenario.strip();
        if (!Scenarios.parse(script).loop()) {
            script = "loop:" + script;
        }
        return new DemoPipeline(Simulator.of(script, kind, PressureUnit.KPA, rateHz, seed, 0));
    }

    /**
     * Runs in real time until {@code duration} (null: until stop or Ctrl-C); blocks. Analyzers are
     * made with the shared analysis options (settings and {@code calibrations}), as in {@code live}.
     *
     * @param settings the analysis settings the pipeline reports to its listeners
     * @param session the session recorder, or {@code null} when not recording
     */
    public void run(AnalysisSettings settings, DeviceAnalysis.Calibrations calibrations, List<PipelineListener> listeners,
                    ControlRelay control, Duration duration, RecordingControl session)
            throws InterruptedException, IOException {
        Pipeline.Builder b = Pipeline.builder()
                .source(SimulatorSource.of(simulator.hello().deviceId(), simulator, 1.0))
                .listeners(listeners)
                .settings(settings)
                .calibrations(calibrations);
        if (session != null) {
            b.session(session);
        }
        Pipeline pipeline = b.build();
        control.bind(pipeline);
        pipeline.run(duration);
    }
}
