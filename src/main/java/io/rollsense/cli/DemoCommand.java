package io.rollsense.cli;

import io.rollsense.api.PipelineListener;
import io.rollsense.audio.AudioCoach;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.pipeline.ControlRelay;
import io.rollsense.pipeline.DemoPipeline;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.sink.ConsoleReporter;
import io.rollsense.sink.LinePrinter;
import io.rollsense.ui.LiveView;
import java.awt.HeadlessException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
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

    @Option(names = "--kind", paramLabel = "roller|balls|pad", defaultValue = "roller",
            converter = SimulateCommand.KindConverter.class, description = "Simulated device kind (default: ${DEFAULT-VALUE}).")
    DeviceKind kind;

    @Option(names = "--rate", paramLabel = "HZ", defaultValue = "100",
            description = "Simulated frame rate in Hz, 1..1000 (default: ${DEFAULT-VALUE}).")
    double rateHz;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Simulator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--status-every", paramLabel = "SECONDS", defaultValue = "5",
            description = "Headless: seconds of device time between status lines (default: ${DEFAULT-VALUE}).")
    double statusEverySeconds;

    /**
     * Extra listeners run after the view or console, in order: the session recorder's hook (as in
     * {@code live}); the session helper adds its recorder in {@link #addSessionListeners}.
     */
    final List<PipelineListener> extraListeners = new ArrayList<>();

    @Mixin
    RecordingOptions recording = new RecordingOptions();

    /** Hook for the session recorder (issue 7): add listeners to {@link #extraListeners}. */
    void addSessionListeners(String title, AnalysisSettings settings) {
        recording.attach(extraListeners, "demo:" + scenario, settings, analysis, spec.commandLine().getErr());
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AnalysisSettings settings = analysis.settings();
        analysis.calibrationPath(); // reads the config file now, so its errors stop us before starting
        sound.settings(analysis); // bad sound options stop us before starting, too
        DemoPipeline demo;
        try {
            demo = DemoPipeline.of(scenario, kind, rateHz, seed);
        } catch (IllegalArgumentException badOption) { // unknown scenario, rate out of range: a usage error
            throw new ParameterException(spec.commandLine(), badOption.getMessage(), badOption);
        }
        if (!(statusEverySeconds >= 1 && statusEverySeconds <= 3600)) {
            throw new ParameterException(spec.commandLine(), "--status-every must be in 1..3600 s, was " + statusEverySeconds);
        }
        String title = "demo · " + scenario;
        addSessionListeners(title, settings);
        ControlRelay control = new ControlRelay(recording.recording());
        List<PipelineListener> listeners = new ArrayList<>();
        LiveView.Handle window = null;
        AudioCoach coach = sound.start(analysis, settings, out, control::recordingFailed);
        if (!run.headless) {
            try {
                window = LiveView.show(title, settings, control, coach);
                listeners.add(window.listener());
                out.println("RollSense demo: live window open (scenario " + scenario + ", looping); close it or press"
                        + " Ctrl-C to stop.");
                out.flush();
            } catch (HeadlessException noDisplay) {
                out.println("No display available, so no live window: showing live status on the console instead.");
                out.flush();
            }
        }
        LinePrinter printer = new LinePrinter(out, spec.commandLine().getErr()); // the analyzer never waits for it
        if (window == null) {
            out.println("RollSense demo: scenario " + scenario + " (looping) on a simulated " + kind.wireName()
                    + ", " + (run.duration == null ? "until Ctrl-C" : "for " + run.duration.toSeconds() + " s") + ".");
            ConsoleReporter console = new ConsoleReporter(new PrintWriter(printer), settings,
                    Math.round(statusEverySeconds * 1000));
            out.println("Alerts: " + console.thresholds(kind) + ".");
            out.flush();
            listeners.add(console);
        }
        listeners.add(coach);
        listeners.addAll(extraListeners);
        try {
            demo.run(settings, analysis::calibrationFor, listeners, control, run.duration, recording.recorder);
        } finally {
            coach.close(); // plays what is still sounding, finishes the WAV file
            printer.close();
            if (window != null) {
                window.close();
                window.awaitClosed(5, TimeUnit.SECONDS); // window size and settings are saved on close
            }
        }
        recording.sayRecorded(out);
        return 0;
    }
}
