package io.rollsense.cli;

import io.rollsense.pipeline.CaptureAnalysis;
import io.rollsense.pipeline.SummaryCollector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.pipeline.Pipeline;
import io.rollsense.api.PipelineListener;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.session.SessionData;
import io.rollsense.session.SessionMetadata;
import io.rollsense.session.SessionRecorder;
import io.rollsense.sim.Simulator;
import io.rollsense.source.SimulatorSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session recorded from the real live pipeline, analysed again: the same events. */
class SessionAnalyzeTest {
    @TempDir
    Path dir;

    @Test
    void analyzeOfARecordedSessionGivesTheLiveEvents() throws Exception {
        Simulator sim = Simulator.of("steady:8,spine:12,hard:12,faults:6", DeviceKind.ROLLER, PressureUnit.KPA, 100, 5, 0);
        // Non-default settings: analyze must pick them up from the session to give the live events.
        AnalysisSettings settings = AnalysisSettings.DEFAULTS.withSpineKpa(18);
        SessionRecorder rec = SessionRecorder.start(dir, new SessionMetadata("test", "sim", settings, null, null, null),
                msg -> { });
        List<AnalysisEvent> live = Collections.synchronizedList(new ArrayList<>());
        Pipeline p = Pipeline.builder().source(SimulatorSource.of("sim", sim, Double.POSITIVE_INFINITY)).settings(settings)
                .queueCapacity(10_000_000).shutdownHook(false).recording(true)
                .listener(new PipelineListener() {
                    @Override
                    public void onEvent(String deviceId, AnalysisEvent event) {
                        live.add(event);
                    }
                })
                .listener(rec).build();
        p.run(Duration.ofSeconds(120));
        assertTrue(live.stream().anyMatch(e -> e instanceof AnalysisEvent.AlertRaised), "the run raised alerts");
        assertTrue(live.stream().anyMatch(e -> e instanceof AnalysisEvent.Stroke), "the run found strokes");

        SessionData data = SessionData.load(rec.file(), false);
        assertEquals(live, data.events().stream().map(SessionData.TimedEvent::event).toList(), "recorded = live");

        List<AnalysisEvent> again = new ArrayList<>();
        SummaryCollector collector = new SummaryCollector(settings);
        new CaptureAnalysis(settings, null, e -> {
            collector.accept(e);
            again.add(e);
        }).run(rec.file(), collector);
        assertEquals(live, again, "analyze of the session = live");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"analyze", rec.file().toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true)), err.toString());
        long strokes = live.stream().filter(e -> e instanceof AnalysisEvent.Stroke).count();
        assertTrue(out.toString().contains("strokes       " + strokes), out.toString());
        long spine = count(live, io.rollsense.core.AlertKind.SPINE);
        long over = count(live, io.rollsense.core.AlertKind.OVERPRESSURE);
        assertTrue(out.toString().contains("alerts        " + over + " overpressure, " + spine + " spine"),
                "recorded settings used: " + out);
        out.getBuffer().setLength(0);
        assertEquals(0, Main.run(new String[] {"analyze", rec.file().toString(), "--spine-kpa", "200"},
                new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
        assertTrue(out.toString().contains("overpressure, 0 spine"), "options given win: " + out);

        // an id (or its prefix) in the library named by --data-dir works as the README promises
        String id = rec.file().getFileName().toString().replace(".rsession", "");
        out.getBuffer().setLength(0);
        assertEquals(0, Main.run(new String[] {"analyze", id, "--data-dir", dir.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
        assertTrue(out.toString().contains("strokes       " + strokes), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, Main.run(new String[] {"analyze", id.substring(0, 11), "--data-dir", dir.toString(), "--json"},
                new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
        assertTrue(out.toString().contains("\"type\":\"summary\""), out.toString());
    }

    @Test
    void analyzeRepeatsATareAskedForInTheLiveWindow() throws Exception {
        // 90 s: rolling, getting up (unloaded), rolling again; T is pressed early in the live run
        Simulator sim = Simulator.of("steady:50,up:12,steady:28", DeviceKind.ROLLER, PressureUnit.KPA, 100, 3, 0);
        SessionRecorder rec = SessionRecorder.start(dir, SessionMetadata.of("test", "sim"), msg -> { });
        List<AnalysisEvent> live = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicReference<Pipeline> running = new java.util.concurrent.atomic.AtomicReference<>();
        Pipeline p = Pipeline.builder().source(SimulatorSource.of("sim", sim, Double.POSITIVE_INFINITY))
                .settings(AnalysisSettings.DEFAULTS).queueCapacity(10_000_000).shutdownHook(false).recording(true)
                .listener(new PipelineListener() {
                    private boolean asked;

                    @Override
                    public void onEvent(String deviceId, AnalysisEvent event) {
                        live.add(event);
                    }

                    @Override
                    public void onField(String deviceId, io.rollsense.core.PressureField f) {
                        if (!asked && f.timeMs() >= 1000) { // the pipeline takes the request between batches
                            asked = true;
                            running.get().requestTare();
                        }
                    }
                })
                .listener(rec).build();
        running.set(p);
        p.run(Duration.ofSeconds(120));
        List<AnalysisEvent> tares = live.stream().filter(e -> e instanceof AnalysisEvent.Tare).toList();
        assertEquals(1, tares.size(), "the live run decided the tare: " + tares);

        List<AnalysisEvent> again = new ArrayList<>();
        SummaryCollector collector = new SummaryCollector(AnalysisSettings.DEFAULTS);
        new CaptureAnalysis(AnalysisSettings.DEFAULTS, null, e -> {
            collector.accept(e);
            again.add(e);
        }).run(rec.file(), collector);
        assertEquals(live, again, "analyze of the session repeats the tare and gives the live events");
    }

    private static long count(List<AnalysisEvent> events, io.rollsense.core.AlertKind kind) {
        return events.stream().filter(e -> e instanceof AnalysisEvent.AlertRaised a && a.kind() == kind).count();
    }

    @Test
    void replayAtTenTimesGivesTheLiveEventsAndFields() throws Exception {
        Simulator sim = Simulator.of("steady:3,spine:5", DeviceKind.ROLLER, PressureUnit.KPA, 100, 9, 0);
        SessionRecorder rec = SessionRecorder.start(dir, SessionMetadata.of("test", "sim"), msg -> { });
        List<AnalysisEvent> live = Collections.synchronizedList(new ArrayList<>());
        Pipeline.builder().source(SimulatorSource.of("sim", sim, Double.POSITIVE_INFINITY)).queueCapacity(1_000_000)
                .shutdownHook(false).listener(new PipelineListener() {
                    @Override
                    public void onEvent(String deviceId, AnalysisEvent event) {
                        live.add(event);
                    }
                }).listener(rec).build().run(Duration.ofSeconds(60));
        SessionData data = SessionData.load(rec.file(), true);
        List<AnalysisEvent> replayed = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicLong fields = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        io.rollsense.api.Playback replay = io.rollsense.pipeline.SessionPlayback.start(rec.file(),
                AnalysisSettings.DEFAULTS, null, null, List.of(), 0, 10, List.of(new PipelineListener() {
                    @Override
                    public void onEvent(String deviceId, AnalysisEvent event) {
                        replayed.add(event);
                    }

                    @Override
                    public void onField(String deviceId, io.rollsense.core.PressureField field) {
                        fields.incrementAndGet();
                    }

                    @Override
                    public void onStop() {
                        stopped.countDown();
                    }
                }));
        assertTrue(stopped.await(60, java.util.concurrent.TimeUnit.SECONDS), "replay ended");
        assertTrue(replay.await(10, java.util.concurrent.TimeUnit.SECONDS) && replay.finished());
        assertEquals(live, replayed, "replay events = live events");
        assertEquals(data.frames().size(), fields.get(), "one field per frame");
        assertEquals(data.frames().durationMs(), replay.positionMs());
    }
}
