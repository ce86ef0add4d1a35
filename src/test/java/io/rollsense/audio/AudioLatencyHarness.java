package io.rollsense.audio;

import io.rollsense.api.PipelineListener;
import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.DeviceAnalysis;
import io.rollsense.pipeline.ControlRelay;
import io.rollsense.pipeline.DemoPipeline;
import io.rollsense.protocol.DeviceKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Sound latency and CPU on the real-time demo (the looping {@code demo} scenario: spine and
 * too-hard episodes): the real pipeline feeds a real {@link AudioCoach} (voice on, metronome
 * always, session time every minute) that renders to a WAV. Prints the cue latency (cue enqueued
 * by the listener → the block holding its first sample written to the line/WAV), the alert onset →
 * earcon in the WAV (device time, includes the 100 ms debounce), the speaker lead and line buffer,
 * and the audio thread's CPU. Usage: {@code AudioLatencyHarness [SECONDS=100]}.
 */
public final class AudioLatencyHarness {
    private AudioLatencyHarness() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path wav = Path.of("target", "bench-audio", "harness.wav");
        SoundSettings sound = new SoundSettings(true, true, 80, MetronomeMode.ALWAYS, Double.NaN,
                EnumSet.allOf(Earcon.class), 1, wav);
        boolean speaker = !"off".equals(System.getProperty("rollsense.audio.speaker"));
        AnalysisSettings settings = AnalysisSettings.DEFAULTS;
        List<AnalysisEvent.AlertRaised> raised = new ArrayList<>();
        PipelineListener alerts = new PipelineListener() {
            @Override
            public void onEvent(String deviceId, AnalysisEvent event) {
                if (event instanceof AnalysisEvent.AlertRaised r) {
                    synchronized (raised) {
                        raised.add(r);
                    }
                }
            }
        };
        AudioStats stats;
        long wallNanos;
        try (AudioCoach coach = AudioCoach.start(sound, settings, speaker, System.out::println, null)) {
            System.out.println("voice ready: " + coach.awaitVoice(60_000));
            long t0 = System.nanoTime();
            DemoPipeline.of("demo", DeviceKind.ROLLER, 100, 1).run(settings, DeviceAnalysis.Calibrations.identity(),
                    List.of(alerts, coach), new ControlRelay(false), Duration.ofSeconds(seconds), null);
            coach.close();
            wallNanos = System.nanoTime() - t0;
            stats = coach.stats();
        }
        Rendered r = Rendered.read(wav);
        List<Double> onsetToEarcon = new ArrayList<>();
        for (AnalysisEvent.AlertRaised a : raised) {
            double hz = a.kind() == AlertKind.SPINE ? Synth.SPINE_HZ : Synth.TOO_HARD_HZ;
            r.onsetsMs(hz, 0.05).stream().filter(t -> t >= a.startMs() - 50).findFirst()
                    .ifPresent(t -> onsetToEarcon.add(t - a.startMs()));
        }
        System.out.printf(Locale.ROOT, "%d s of audio, %d earcon cues: cue latency p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " speech start p50 %.1f ms, max %.1f ms%n",
                Math.round(stats.seconds()), stats.cues(), stats.cueLatencyP50Ms(), stats.cueLatencyP99Ms(),
                stats.cueLatencyMaxMs(), stats.speechStartP50Ms(), stats.speechStartMaxMs());
        System.out.printf(Locale.ROOT, "alert onset -> earcon in the WAV (device time): %s ms over %d alerts%n",
                onsetToEarcon.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList(), raised.size());
        System.out.printf(Locale.ROOT, "speaker: lead %.0f ms, line buffer %.0f ms, written but not yet played after"
                        + " each write: mean %.1f ms, max %.1f ms; ahead of an earcon: mean %.1f ms, max %.1f ms; dropped blocks %d%n",
                stats.leadMs(), stats.lineBufferMs(), stats.lineQueueMeanMs(), stats.lineQueueMaxMs(),
                stats.earconQueueMeanMs(), stats.earconQueueMaxMs(), stats.droppedBlocks());
        System.out.printf(Locale.ROOT, "audio thread CPU %.0f ms over %.1f s wall = %.2f %% of one core; spoken cues %d,"
                        + " clipped samples %d, peak %.2f%n", stats.cpuMs(), wallNanos / 1e9,
                100 * stats.cpuMs() / (wallNanos / 1e6), stats.spokenCues(), stats.clippedSamples(), stats.peak());
    }
}
