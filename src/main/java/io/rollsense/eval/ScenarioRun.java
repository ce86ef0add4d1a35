package io.rollsense.eval;

import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.DeviceAnalysis;
import io.rollsense.core.Calibration;
import io.rollsense.core.EventSink;
import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.LineDecoder;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.GroundTruth;
import io.rollsense.sim.Simulator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One simulator run pushed through the real decoder and analyzer, with the events, the device time
 * each was delivered at (for onset latency), and the simulator's ground truth for the analyzer's
 * own thresholds.
 */
public final class ScenarioRun implements DecodeListener, EventSink {
    /** An event and the device time (ms since first frame) of the frame that produced it. */
    record Delivered(AnalysisEvent event, long atMs) {
    }

    final List<Delivered> events = new ArrayList<>();
    final GroundTruth truth;
    final DeviceKind kind;
    private final DeviceAnalysis analysis;

    private ScenarioRun(String script, DeviceKind kind, PressureUnit unit, double rateHz, long seed,
                        AnalysisSettings settings, Calibration calibration) {
        this.kind = kind;
        this.analysis = new DeviceAnalysis(settings, calibration == null ? DeviceAnalysis.Calibrations.identity()
                : h -> calibration, msg -> {
                    throw new IllegalArgumentException(msg);
                });
        Simulator sim = Simulator.builder().script(script).kind(kind).unit(unit).rateHz(rateHz).seed(seed).build();
        LineDecoder decoder = new LineDecoder();
        String line;
        while ((line = sim.nextLine()) != null) {
            byte[] b = (line + "\n").getBytes(StandardCharsets.ISO_8859_1);
            decoder.feed(b, 0, b.length, this);
        }
        decoder.finish(this);
        analysis.finish(this);
        truth = sim.groundTruth(settings.overpressureKpaFor(kind), settings.spineKpaFor(kind), settings.spineZoneMm());
    }

    public static ScenarioRun run(String script, DeviceKind kind, PressureUnit unit, double rateHz, long seed,
                           AnalysisSettings settings) {
        return new ScenarioRun(script, kind, unit, rateHz, seed, settings, null);
    }

    /** A run analysed with a calibration (for raw-count devices). */
    public static ScenarioRun run(String script, DeviceKind kind, PressureUnit unit, double rateHz, long seed,
                           AnalysisSettings settings, Calibration calibration) {
        return new ScenarioRun(script, kind, unit, rateHz, seed, settings, calibration);
    }

    @Override
    public void onHello(Hello hello, long lineNumber) {
        analysis.onHello(hello, this);
    }

    @Override
    public void onFrame(Frame frame, long dropped, long lineNumber) {
        analysis.onFrame(frame, this);
    }

    @Override
    public void accept(AnalysisEvent event) {
        events.add(new Delivered(event, Math.max(0, analysis.lastTimeMs())));
    }

    List<AnalysisEvent.Cadence> cadences() {
        return events.stream().map(Delivered::event).filter(AnalysisEvent.Cadence.class::isInstance)
                .map(AnalysisEvent.Cadence.class::cast).toList();
    }

    long strokes() {
        return events.stream().filter(d -> d.event() instanceof AnalysisEvent.Stroke).count();
    }

    /** Alerts of a kind as [raise delivery time, start, end]. */
    List<long[]> alerts(AlertKind k) {
        List<long[]> out = new ArrayList<>();
        long raisedAt = -1;
        for (Delivered d : events) {
            if (d.event() instanceof AnalysisEvent.AlertRaised r && r.kind() == k) {
                raisedAt = d.atMs();
            } else if (d.event() instanceof AnalysisEvent.AlertCleared c && c.kind() == k) {
                out.add(new long[] {raisedAt, c.startMs(), c.endMs()});
            }
        }
        return out;
    }

    /** Frame rate per kind, so the evaluation covers the 20–200 Hz range. */
    public static double rateFor(DeviceKind kind) {
        return switch (kind) {
            case ROLLER -> 100;
            case BALLS -> 50;
            case PAD -> 20;
        };
    }

    /** Seeds {@code FROM..TO} (or one seed) as {from, to}; malformed text is an IllegalArgumentException. */
    public static long[] parseSeeds(String text) {
        String[] p = text.split("\\.\\.");
        try {
            long a = Long.parseLong(p[0].strip());
            long b = p.length > 1 ? Long.parseLong(p[1].strip()) : a;
            if (b < a) {
                throw new IllegalArgumentException("seeds must be FROM..TO with FROM <= TO, was " + text);
            }
            return new long[] {a, b};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seeds must be FROM..TO, was " + text, e);
        }
    }
}
