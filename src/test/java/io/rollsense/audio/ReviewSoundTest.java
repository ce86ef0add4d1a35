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

    /** A simulated roller session of {@code script} (seed {@code seed}) recorded through the live pipeline. */
    private SessionData recorded(String script, long seed, String file) throws Exception {
        Simulator sim = Simulator.of(script, DeviceKind.ROLLER, PressureUnit.KPA, 100, seed, 0);
        SessionRecorder rec = SessionRecorder.startFile(dir.resolve(file), SessionMetadata.of("test", "sim"), m -> { });
        Pipeline.builder().source(SimulatorSource.of("sim", sim, Double.POSITIVE_INFINITY)).queueCapacity(1_000_000)
                .shutdownHook(false).listener(rec).session(rec).build().run(Duration.ofSeconds(60));
        return SessionData.load(rec.file(), false);
    }

    @Test
    void reviewPlaybackPlaysTheSpineEarconAtTheAlert() throws Exception {
        SessionData data = recorded("steady:8,spine:12,steady:4", 5, "s.rsession");

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
                n -> AudioCoach.start(sound.forPlayback(n), AnalysisSettings.DEFAULTS, false, m -> { }, null), m -> { })) {
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

    /**
     * A second Play (a jump) renders into a WAV of its own while the first one's sound is still being
     * closed: both files stay whole, and the second holds the spine earcon of its own playback.
     */
    @Test
    void eachPlaybackRendersItsOwnWav() throws Exception {
        SessionData data = recorded("steady:6,spine:8", 7, "j.rsession");
        Path wav = Files.createDirectories(Path.of("target", "test-audio")).resolve("review-jump.wav");
        Path second = wav.resolveSibling("review-jump-2.wav");
        Files.deleteIfExists(second);
        SoundSettings sound = Session.settings(true, MetronomeMode.OFF, Double.NaN, EnumSet.allOf(Earcon.class), wav);
        PipelineListener view = new PipelineListener() {
        };
        try (ReviewPlayer player = new ReviewPlayer(data, AnalysisSettings.DEFAULTS, null,
                n -> AudioCoach.start(sound.forPlayback(n), AnalysisSettings.DEFAULTS, false, m -> { }, null), m -> { })) {
            Playback first = player.play(0, Playback.MAX_SPEED, view);
            Thread.sleep(300); // a jump while the first playback still plays
            first.stop();
            Playback again = player.play(0, Playback.MAX_SPEED, view);
            assertTrue(again.await(60, TimeUnit.SECONDS), "the second playback ends");
        }
        Rendered a = Rendered.read(wav);
        Rendered b = Rendered.read(second);
        assertTrue(a.seconds() > 0 && b.seconds() > 0, "both WAVs readable: " + a.seconds() + " s, " + b.seconds() + " s");
        assertTrue(!b.onsetsMs(Synth.SPINE_HZ, 0.05).isEmpty(), "the second playback's spine earcon is in its own WAV");
    }
}
