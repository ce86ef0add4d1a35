package io.rollsense.audio;

import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.PressureField;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A scripted session fed to a real {@link AudioCoach} as the analyzer thread would (events of a
 * frame before its field, one frame every 10 ms of device time), rendered to a WAV file only.
 */
final class Session {
    private final TreeMap<Long, List<Object>> script = new TreeMap<>();
    final List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Something done to the coach at a device time (e.g. a routine step's new band). */
    interface CoachAction {
        void apply(AudioCoach coach);
    }

    /** An analysis event delivered with the frame at {@code deviceMs}. */
    Session at(long deviceMs, Object eventOrStatus) {
        script.computeIfAbsent(deviceMs, k -> new ArrayList<>()).add(eventOrStatus);
        return this;
    }

    /** Cadence reports every second from {@code fromMs} to {@code toMs} at {@code spm}. */
    Session cadence(long fromMs, long toMs, Double spm) {
        for (long t = fromMs; t < toMs; t += 1000) {
            at(t, new AnalysisEvent.Cadence(t, spm, 0.9));
        }
        return this;
    }

    static SoundSettings settings(boolean voice, MetronomeMode mode, double spm, java.util.Set<Earcon> earcons,
                                  Path wav) {
        return new SoundSettings(true, voice, 100, mode, spm, earcons, 0, wav);
    }

    /** Feeds {@code durationMs} of frames and returns the WAV read back. */
    Rendered run(SoundSettings sound, AnalysisSettings analysis, long durationMs) throws Exception {
        try (AudioCoach coach = AudioCoach.start(sound, analysis, false, notices::add, () -> false)) {
            for (long t = 0; t <= durationMs; t += 10) {
                for (Object o : script.getOrDefault(t, List.of())) {
                    if (o instanceof AnalysisEvent e) {
                        coach.onEvent("dev", e);
                    } else if (o instanceof CoachAction a) {
                        a.apply(coach);
                    } else if (o instanceof StatusEvent.Kind k) {
                        coach.onStatus(new StatusEvent(k, "dev", k.key(), 0));
                    }
                }
                coach.onField("dev", field(t));
                if (t % 1000 == 0) {
                    awaitRendered(coach, t - 2000); // keep the feed near the mixer: the cue queue is bounded
                }
            }
            coach.onStop();
        }
        return Rendered.read(sound.audioOut());
    }

    /** Waits (at most 30 s) until the coach has rendered {@code ms} of audio. */
    static void awaitRendered(AudioCoach coach, long ms) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (coach.renderedSeconds() * 1000 < ms) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("audio thread stuck at " + coach.renderedSeconds() + " s, wanted " + ms + " ms");
            }
            Thread.sleep(1); // polled with a deadline: progress of another thread, no event to wait on
        }
    }

    static PressureField field(long t) {
        return new PressureField(t, new double[8], 100, true, 0, 0, 10, 20, 3);
    }
}
