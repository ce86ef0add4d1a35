package io.rollsense.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.Playback;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.pipeline.Pipeline;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.session.SessionData;
import io.rollsense.session.SessionMetadata;
import io.rollsense.session.SessionRecorder;
import io.rollsense.sim.Simulator;
import io.rollsense.source.SimulatorSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review playback runs through the one pipeline and pacer ({@link ReviewPlayer}, as {@code review}
 * wires it): played from the start it gives exactly the live run's events; played from a position
 * (a jump) it gives the live run's events from there on; pause holds it, and stop ends it.
 */
class ReviewPlaybackEventsTest {
    @TempDir
    static Path dir;
    static SessionData session;
    static final List<String> LIVE = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void recordALiveRun() throws Exception {
        Simulator sim = Simulator.of("steady:10,spine:10,hard:10,steady:10", DeviceKind.ROLLER, PressureUnit.KPA, 100, 3, 0);
        SessionRecorder rec = SessionRecorder.startFile(dir.resolve("live.rsession"), SessionMetadata.of("test", "sim"),
                msg -> { });
        Pipeline.builder().source(SimulatorSource.of("sim", sim, Double.POSITIVE_INFINITY)).queueCapacity(1_000_000)
                .shutdownHook(false).listener(events(LIVE)).listener(rec).session(rec).build().run(Duration.ofSeconds(60));
        session = SessionData.load(rec.file(), false);
        assertTrue(LIVE.stream().anyMatch(s -> s.startsWith("AlertRaised[kind=SPINE")), "the run has a spine alert: " + LIVE);
    }

    static PipelineListener events(List<String> into) {
        return new PipelineListener() {
            @Override
            public void onEvent(String deviceId, AnalysisEvent event) {
                into.add(event.toString());
            }
        };
    }

    private static ReviewPlayer player() {
        return new ReviewPlayer(session, AnalysisSettings.DEFAULTS, null, null, msg -> { });
    }

    @Test
    void playbackFromTheStartGivesTheLiveRunsEvents() throws Exception {
        List<String> played = Collections.synchronizedList(new ArrayList<>());
        Playback p = player().play(0, Playback.MAX_SPEED, events(played));
        assertTrue(p.await(60, TimeUnit.SECONDS), "playback ends");
        assertTrue(p.finished());
        assertEquals(LIVE, played);
        assertTrue(p.positionMs() >= 39_000, "position at the end: " + p.positionMs());
    }

    @Test
    void aJumpPlaysTheLiveRunsEventsFromThere() throws Exception {
        List<String> played = Collections.synchronizedList(new ArrayList<>());
        Playback p = player().play(25_000, Playback.MAX_SPEED, events(played));
        assertTrue(p.await(60, TimeUnit.SECONDS), "playback ends");
        assertFalse(played.isEmpty());
        assertTrue(played.size() < LIVE.size(), "nothing from before the jump: " + played.size());
        assertEquals(LIVE.subList(LIVE.size() - played.size(), LIVE.size()), played, "the live run's events from the jump on");
    }

    @Test
    void pauseHoldsThePlaybackAndStopEndsIt() throws Exception {
        Playback p = player().play(0, Playback.MAX_SPEED, events(new ArrayList<>()));
        p.setPaused(true);
        Thread.sleep(300); // a pause is checked over time: no latch can say "nothing happened"
        long held = p.positionMs();
        Thread.sleep(500);
        assertEquals(held, p.positionMs(), "paused");
        assertFalse(p.finished());
        p.stop();
        assertTrue(p.await(10, TimeUnit.SECONDS), "stop ends a paused playback");
    }
}
