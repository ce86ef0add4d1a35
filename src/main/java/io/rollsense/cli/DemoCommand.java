package io.rollsense.cli;

import io.rollsense.api.PipelineListener;
import io.rollsense.app.LiveOutputs;
import io.rollsense.app.RoutineRun;
import io.rollsense.audio.AudioCoach;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.pipeline.ControlRelay;
import io.rollsense.pipeline.DemoPipeline;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.routine.Routine;
import io.rollsense.sim.RoutinePerson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rollsense demo}: the whole live job on the built-in real-time simulator, no hardware.
 * Opens the live view; with {@code --headless}, or when there is no display (one line says so),
 * prints live status and alerts on the console instead. The pipeline wiring is {@link DemoPipeline}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run RollSense on the built-in simulator: no hardware needed.",
            "Opens the live view (Space pauses the view, T tares, U undoes the tare, +/- change the window, M toggles"
                + " sound); with --headless or without a display it prints live status and alerts on the console.",
            "Both beep and speak (see docs/sound.md); --audio-out FILE.wav renders the sound to a file."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    SoundOptions sound = new SoundOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "demo",
            description = "Simulator scenario or script, looped (default: ${DEFAULT-VALUE}; `simulate --list` lists them).")
    String scenario;

    @Option(names = "--kind", paramLabel = "roller|balls|pad",
            converter = SimulateCommand.KindConverter.class,
            description = "Simulated device kind (default: the routine's device, else roller).")
    DeviceKind kind;

    @Mixin
    RoutineOptions routineOptions = new RoutineOptions();

    @Option(names = "--person", paramLabel = "SPEC", defaultValue = "mixed",
            description = "With --routine: how the simulated person follows it: good, mixed, or mistakes such as "
                    + "too-fast@2,spine@3,hard@4,skip@5,wrong-side@1 (default: ${DEFAULT-VALUE}).")
    String person;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "Play the simulator X times faster than real time, 1..50 (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--rate", paramLabel = "HZ", defaultValue = "100",
            description = "Simulated frame rate in Hz, 1..1000 (default: ${DEFAULT-VALUE}).")
    double rateHz;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Simulator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--status-every", paramLabel = "SECONDS", defaultValue = "5",
            description = "Headless: seconds of device time between status lines (default: ${DEFAULT-VALUE}).")
    double statusEverySeconds;

    @Mixin
    RecordingOptions recording = new RecordingOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AnalysisSettings settings = analysis.settings();
        analysis.calibrationPath(); // reads the config file now, so its errors stop us before starting
        sound.settings(analysis); // bad sound options stop us before starting, too
        DemoPipeline demo;
        RoutinePerson simPerson = null;
        try {
            if (routineOptions.on()) {
                Routine routine = routineOptions.routine();
                kind = kind != null ? kind : routine.device() != null ? routine.device() : DeviceKind.ROLLER;
                simPerson = RoutinePerson.parse(routine, person);
                settings = RoutineRun.withRoutineBand(settings, routine);
                scenario = "routine " + routine.name() + " (" + person + ")";
                demo = DemoPipeline.of(simPerson, kind, rateHz, seed).speed(speed);
            } else {
                kind = kind != null ? kind : DeviceKind.ROLLER;
                demo = DemoPipeline.of(scenario, kind, rateHz, seed).speed(speed);
            }
        } catch (IllegalArgumentException badOption) { // unknown scenario, rate out of range: a usage error
            throw new ParameterException(spec.commandLine(), badOption.getMessage(), badOption);
        }
        if (!(statusEverySeconds >= 1 && statusEverySeconds <= 3600)) {
            throw new ParameterException(spec.commandLine(), "--status-every must be in 1..3600 s, was " + statusEverySeconds);
        }
        String title = "demo · " + scenario;
        List<PipelineListener> recorder = recording.attach("demo:" + scenario, settings, analysis, spec.commandLine().getErr());
        ControlRelay control = new ControlRelay(recording.recording());
        AudioCoach coach = sound.start(analysis, settings, out, control::recordingFailed);
        LiveOutputs outputs = new LiveOutputs(out, spec.commandLine().getErr(), coach);
        try {
            String once = simPerson != null ? ", once" : ", looping";
            if (!run.headless && outputs.openWindow(title, settings, control) == null) {
                out.println("RollSense demo: live window open (scenario " + scenario + once + "); close it or press"
                        + " Ctrl-C to stop.");
            } else if (!run.headless) {
                out.println("No display available, so no live window: showing live status on the console instead.");
            }
            if (!outputs.hasWindow()) {
                out.println("RollSense demo: scenario " + scenario + " (" + once.substring(2) + ") on a simulated "
                        + kind.wireName() + ", " + (run.duration == null ? "until Ctrl-C" : "for " + run.duration.toSeconds() + " s") + ".");
                out.println("Alerts: " + outputs.console(settings, Math.round(statusEverySeconds * 1000)).thresholds(kind) + ".");
            }
            out.flush();
            if (simPerson != null) {
                outputs.routine(simPerson.routine(), settings, recording.recorder, simPerson.skipPressesMs(), control,
                        !outputs.hasWindow());
            }
            demo.run(settings, analysis::calibrationFor, outputs.listeners(recorder), control, run.duration, recording.recorder);
        } finally {
            outputs.close(); // plays what is still sounding, finishes the WAV file
            outputs.closeWindow(); // window size and settings are saved on close
        }
        recording.sayRecorded(out);
        return 0;
    }
}
