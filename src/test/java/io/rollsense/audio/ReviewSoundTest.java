package io.rollsense.audio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.Playback;
import io.rollsense.app.ReviewPlayer;
import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.PressureField;
import io.rollsense.pipeline.Pipeline;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.session.SessionData;
import io.rollsense.session.SessionMetadata;
import io.rollsense.session.SessionRecorder;
import io.rollsense.sim.Simulator;
import io.rollsense.source.SimulatorSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review playback is not silent: played through {@link ReviewPlayer} (as {@code review} wires it,
 * at 10×) with {@code audio-out}, the WAV holds the spine earcon within 150 ms of the alert's
 * onset in device time, and "off the spine" spoken after it.
 */
class ReviewSoundTest {
    @TempDir
    Path dir;

    @Test
    void reviewPlaybackPlaysTheSpineEarconAtTheAlert() throws Exception {
        Simulator sim = Simulator.of("steady:8,spine:12,steady:4", DeviceKind.ROLLER, PressureUnit.KPA, 100, 5, 0);
        SessionRecorder rec = SessionRecorder.startFile(dir.resolve("s.rsession"), SessionMetadata.of("test", "sim"), m -> { });
        Pipeline.builder().source(SimulatorSource.of("sim", sim, Double.POSITIVE_INFINITY)).queueCapacity(1_000_000)
                .shutdownHook(false).listener(rec).session(rec).build().run(Duration.ofSeconds(60));
        SessionData data = SessionData.load(rec.file(), false);

        Path wav = Files.createDirectories(Path.of("target", "test-audio")).resolve("review-playback.wav");
        SoundSettings sound = Session.settings(true, MetronomeMode.OFF, Double.NaN, EnumSet.allOf(Earcon.class), wav);
        AtomicLong firstFieldMs = new AtomicLong(Long.MIN_VALUE);
        AtomicLong spineMs = new AtomicLong(-1);
        PipelineListener view = new PipelineListener() { // what the review's live window would get
            @Override
            public void onField(String deviceId, PressureField field) {
                firstFieldMs.compareAndSet(Long.MIN_VALUE, field.timeMs());
            }

            @Override
            public void onEvent(String deviceId, AnalysisEvent e) {
                if (e instanceof AnalysisEvent.AlertRaised r && r.kind() == AlertKind.SPINE) {
                    spineMs.compareAndSet(-1, r.timeMs());
                }
            }
        };
        try (ReviewPlayer player = new ReviewPlayer(data, AnalysisSettings.DEFAULTS, null,
                () -> AudioCoach.start(sound, AnalysisSettings.DEFAULTS, false, m -> { }, null), m -> { })) {
            Playback p = player.play(0, Playback.MAX_SPEED, view);
            assertTrue(p.await(60, TimeUnit.SECONDS), "playback ends");
        } // closing the player finishes the WAV
        assertTrue(spineMs.get() > 0, "the playback raised the spine alert");
        long onset = spineMs.get() - firstFieldMs.get(); // the WAV starts at the first frame played
        Rendered r = Rendered.read(wav);
        List<Double> spine = r.onsetsMs(Synth.SPINE_HZ, 0.05);
        double first = spine.stream().filter(t -> t >= onset - 50).findFirst().orElseThrow(
                () -> new AssertionError("no spine earcon after " + onset + " ms: " + spine + ", WAV " + r.seconds() + " s"));
        assertTrue(first - onset >= 0 && first - onset <= 150, "spine earcon at " + first + " ms, alert onset " + onset);
        assertTrue(r.speechFrames(onset, onset + 2000, 0.02) >= 10, "\"off the spine\" spoken");
        assertTrue(r.peak() < Short.MAX_VALUE, "no clipping: peak " + r.peak());
    }
}
