package io.rollsense.cli;

import io.rollsense.audio.AudioCoach;
import io.rollsense.audio.SoundSettings;
import io.rollsense.core.AnalysisSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The sound options of {@code live} and {@code demo} (add with {@code @Mixin SoundOptions sound;}):
 * the same names as {@code key=value} lines in the {@code --config} file (command line wins). What
 * they mean, their defaults and ranges are in one place, {@link SoundSettings}; bad values are usage
 * errors (exit 2). The system property {@code rollsense.audio.speaker=off} keeps the speaker closed
 * (tests render to WAV only, so they never beep).
 */
public final class SoundOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--sound", paramLabel = "on|off", description = "Sound (default on; off starts muted, M in the window turns it on).")
    String sound;

    @Option(names = "--voice", paramLabel = "on|off", description = "Spoken cues (default on).")
    String voice;

    @Option(names = "--volume", paramLabel = "0-100", description = "Volume in percent (default 80).")
    String volume;

    @Option(names = "--metronome", paramLabel = "on|off|SPM",
            description = "Metronome: two beats a stroke at the middle of the target band (on, default), at SPM strokes/min (1..60), or off.")
    String metronome;

    @Option(names = "--metronome-mode", paramLabel = "always|off-pace",
            description = "always, or off-pace (default): fades out while you roll on pace, returns when the pace drifts.")
    String metronomeMode;

    @Option(names = "--earcons", paramLabel = "all|none|LIST",
            description = "Which alert sounds play (default all): spine,too-hard,back-in-range,device-lost,device-found,recording-failed.")
    String earcons;

    @Option(names = "--say-time", paramLabel = "MINUTES", description = "Say the session time every MINUTES (0..120; default 5, 0 = never).")
    String sayTime;

    @Option(names = "--audio-out", paramLabel = "FILE.wav", description = "Also render the sound into this WAV file (16 kHz mono), device time in the demo.")
    String audioOut;

    /** Whether any sound option was given on the command line. */
    boolean given() {
        return sound != null || voice != null || volume != null || metronome != null || metronomeMode != null
                || earcons != null || sayTime != null || audioOut != null;
    }

    /** The sound settings: defaults, then the config file, then the command line. */
    SoundSettings settings(AnalysisOptions analysis) throws IOException {
        Map<String, String> cli = new java.util.HashMap<>();
        put(cli, "sound", sound);
        put(cli, "voice", voice);
        put(cli, "volume", volume);
        put(cli, "metronome", metronome);
        put(cli, "metronome-mode", metronomeMode);
        put(cli, "earcons", earcons);
        put(cli, "say-time", sayTime);
        put(cli, "audio-out", audioOut);
        try {
            return SoundSettings.parse(key -> {
                String v = cli.get(key);
                try {
                    return v != null ? v : analysis.configValue(key);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Starts the audio coach; its one-line notices (no audio output, ...) go to {@code console}.
     *
     * @param recordingFailed whether the session recorder has failed (polled about once a second)
     */
    AudioCoach start(AnalysisOptions analysis, AnalysisSettings settings, PrintWriter console,
                     BooleanSupplier recordingFailed) throws IOException {
        return start(analysis, settings, console, recordingFailed, 1);
    }

    /** As {@link #start(AnalysisOptions, AnalysisSettings, PrintWriter, BooleanSupplier)} for a review's {@code playback}-th Play (its own WAV). */
    AudioCoach start(AnalysisOptions analysis, AnalysisSettings settings, PrintWriter console,
                     BooleanSupplier recordingFailed, int playback) throws IOException {
        boolean speaker = !"off".equals(System.getProperty("rollsense.audio.speaker"));
        return AudioCoach.start(settings(analysis).forPlayback(playback), settings, speaker, msg -> {
            synchronized (console) {
                console.println("rollsense: " + msg);
                console.flush();
            }
        }, recordingFailed);
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
