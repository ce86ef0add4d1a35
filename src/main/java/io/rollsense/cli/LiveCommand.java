package io.rollsense.cli;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.PipelineStats;
import io.rollsense.app.LiveOutputs;
import io.rollsense.app.RoutineRun;
import io.rollsense.audio.AudioCoach;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.pipeline.ControlRelay;
import io.rollsense.pipeline.Pipeline;
import io.rollsense.routine.Routine;
import io.rollsense.sink.LiveJson;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rollsense live}: coach live from a serial or MQTT device through the pipeline, with the
 * live window, text ({@code --headless}) or JSON lines ({@code --json}, implies no window).
 */
@Command(name = "live", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Coach live from a serial or MQTT device.",
            "Ctrl-C stops cleanly. The MQTT password comes from --password-file or $" + MqttOptions.PASSWORD_ENV + ".",
            "The window and --headless beep and speak (see docs/sound.md); --json is silent unless a sound option is given."})
final class LiveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Mixin
    SoundOptions sound = new SoundOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--json", description = "No window: print events and status as JSON lines (as analyze --json, plus status).")
    boolean json;

    @Mixin
    RecordingOptions recording = new RecordingOptions();

    @Mixin
    RoutineOptions routineOptions = new RoutineOptions();

    @Override
    public Integer call() throws Exception {
        input.validate();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnalysisSettings settings = analysis.settings();
        analysis.calibrationPath(); // reads the config file now, so its errors stop us before connecting
        sound.settings(analysis); // bad sound options stop us before connecting, too
        String title = "RollSense live: " + input.title();
        Routine routine = routineOptions.on() ? routineOptions.routineOrUsage(spec) : null;
        var source = input.source(err); // before recording starts: a port that cannot be found leaves no session
        List<PipelineListener> recorder = recording.attach(input.title(), settings, analysis, err);
        ControlRelay relay = new ControlRelay(recording.recording());
        // --json is for machines: silent unless a sound option asks for sound
        AudioCoach coach = json && !sound.given() ? null : sound.start(analysis, settings, err, relay::recordingFailed);
        Pipeline.Builder b = Pipeline.builder().source(source).settings(settings).calibrations(analysis::calibrationFor);
        if (recording.recorder != null) {
            b.session(recording.recorder);
        }
        AnalysisSettings shown = routine == null ? settings : RoutineRun.withRoutineBand(settings, routine);
        PipelineStats stats;
        try (LiveOutputs outputs = new LiveOutputs(out, err, coach)) {
            LiveJson jsonOut = json ? outputs.json() : null;
            String noWindow = json || run.headless ? "" : outputs.openWindow(title, shown, relay);
            if (noWindow != null && !json) {
                if (!noWindow.isEmpty()) {
                    err.println("rollsense: no live window (" + noWindow + "); printing status and alerts as text");
                    err.flush();
                }
                outputs.console(shown, 5000);
            }
            if (routine != null) {
                outputs.routine(routine, shown, recording.recorder, List.of(), relay, !outputs.hasWindow() && !json);
            }
            Pipeline pipeline = b.listeners(outputs.listeners(recorder)).build();
            relay.bind(pipeline);
            if (jsonOut != null) {
                jsonOut.statsFrom(pipeline::stats);
            }
            stats = pipeline.run(run.duration);
        }
        recording.sayRecorded(json ? err : out);
        if (source.failure() != null) {
            throw new java.io.IOException(source.failure());
        }
        if (!json) {
            long cpuMs = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            err.println(String.format(Locale.ROOT, "rollsense: stopped; %d frames, %d bad lines, %d dropped, "
                            + "latency p50 %.2f ms p99 %.2f ms, %d device(s), process CPU %.1f s",
                    stats.frames(), stats.badLines(), stats.droppedFrames() + stats.queueDrops(),
                    stats.latency().p50Ms(), stats.latency().p99Ms(), stats.devices(), cpuMs / 1000.0));
            err.flush();
        }
        return 0;
    }
}
