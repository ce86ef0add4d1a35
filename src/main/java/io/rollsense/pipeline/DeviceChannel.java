package io.rollsense.pipeline;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.DeviceAnalysis;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.Hello;

/**
 * One channel (port or MQTT device), owned by the analyzer thread: its {@link DeviceAnalysis} (the
 * one rule for a new hello), the listener calls in order, and counters. Analysis problems become
 * LOG status events; the frames are still passed on.
 */
final class DeviceChannel {
    private final String channel;
    private final DeviceAnalysis analysis;
    private final PipelineListener out;
    private long problemTimeMs;
    long frames;
    long badLines;
    long droppedFrames;
    private long reportedBad;
    private long reportedDropped;
    private long lastReportMs;

    DeviceChannel(String channel, AnalysisSettings settings, DeviceAnalysis.Calibrations calibrations,
                  PipelineListener out) {
        this.channel = channel;
        this.out = out;
        this.analysis = new DeviceAnalysis(settings, calibrations, msg -> out.onStatus(
                new StatusEvent(StatusEvent.Kind.LOG, deviceId(), msg, problemTimeMs)));
    }

    /** Device id from the hello, or the channel before any hello. */
    String deviceId() {
        Hello h = analysis.hello();
        return h != null ? h.deviceId() : channel;
    }

    long analysisErrors() {
        return analysis.analysisErrors();
    }

    void onLine(QueueItem.Line line, LatencyRecorder latency) {
        problemTimeMs = line.hostTimeMs();
        if (line.raw() != null) {
            out.onRawLine(deviceId(), line.raw(), line.hostTimeMs());
        }
        if (line.hello() != null) {
            onHello(line.hello(), line.hostTimeMs());
        } else if (line.frame() != null) {
            frames++;
            droppedFrames += line.dropped();
            out.onFrame(deviceId(), line.frame(), line.hostTimeMs());
            analyse(line);
            latency.record(System.nanoTime() - line.receivedNanos());
        } else if (line.log() != null) {
            out.onStatus(new StatusEvent(StatusEvent.Kind.LOG, deviceId(), line.log(), line.hostTimeMs()));
        } else if (line.bad() != null) {
            badLines++;
            out.onBadLine(deviceId(), line.bad(), line.hostTimeMs());
        }
        reportCounts(line.hostTimeMs(), false);
    }

    private void onHello(Hello h, long hostTimeMs) {
        String oldId = deviceId(); // events of the old layout still carry the old device id
        boolean sameLayout = analysis.onHello(h, event -> out.onEvent(oldId, event));
        out.onHello(h, hostTimeMs);
        out.onStatus(new StatusEvent(StatusEvent.Kind.HELLO, h.deviceId(), "hello from " + h.deviceId() + ": "
                + h.kind().wireName() + ", " + h.channelCount() + " channels at " + h.rateHz() + " Hz in "
                + h.unit().wireName() + (sameLayout ? " (same layout, analysis continues)" : ""), hostTimeMs));
    }

    private void analyse(QueueItem.Line line) {
        String id = deviceId();
        PressureField field = analysis.onFrame(line.frame(), event -> out.onEvent(id, event));
        if (field != null) {
            out.onField(id, field);
        }
    }

    void requestTare() {
        analysis.requestTare();
    }

    void undoTare() {
        analysis.undoTare();
    }

    /** Ends the current analysis (alerts still raised are cleared). */
    void finish() {
        String id = deviceId();
        analysis.finish(event -> out.onEvent(id, event));
    }

    /** Emits bad-line and dropped-frame counts when they changed, at most once a second unless forced. */
    void reportCounts(long nowMs, boolean force) {
        if (!force && nowMs - lastReportMs < 1000) {
            return;
        }
        if (badLines != reportedBad) {
            reportedBad = badLines;
            lastReportMs = nowMs;
            out.onStatus(new StatusEvent(StatusEvent.Kind.BAD_LINES, deviceId(),
                    badLines + " bad line(s) so far from " + deviceId(), nowMs, badLines));
        }
        if (droppedFrames != reportedDropped) {
            reportedDropped = droppedFrames;
            lastReportMs = nowMs;
            out.onStatus(new StatusEvent(StatusEvent.Kind.DROPPED, deviceId(),
                    droppedFrames + " frame(s) missing so far from " + deviceId() + " (sequence gaps)", nowMs,
                    droppedFrames));
        }
    }
}
