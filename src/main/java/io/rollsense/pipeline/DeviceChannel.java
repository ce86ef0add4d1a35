package io.rollsense.pipeline;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.Analyzer;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.Hello;
import java.util.Arrays;

/**
 * Analysis state of one channel (port or MQTT device), owned by the analyzer thread: the current
 * hello, its {@link Analyzer} (re-created when the channel layout changes) and counters. An
 * analyzer that throws is reported once and the remaining frames of that layout are skipped.
 */
final class DeviceChannel {
    private final String channel;
    private final Pipeline.AnalyzerFactory analyzers;
    private final PipelineListener out;
    private Hello hello;
    private Analyzer analyzer;
    private boolean analyzerFailed;
    long frames;
    long badLines;
    long droppedFrames;
    long analysisErrors;
    private long reportedBad;
    private long reportedDropped;
    private long lastReportMs;

    DeviceChannel(String channel, Pipeline.AnalyzerFactory analyzers, PipelineListener out) {
        this.channel = channel;
        this.analyzers = analyzers;
        this.out = out;
    }

    /** Device id from the hello, or the channel before any hello. */
    String deviceId() {
        return hello != null ? hello.deviceId() : channel;
    }

    void onLine(QueueItem.Line line, LatencyRecorder latency) {
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
        boolean sameLayout = hello != null && Arrays.equals(hello.positionsMm(), h.positionsMm())
                && hello.unit() == h.unit() && hello.kind() == h.kind();
        if (!sameLayout) {
            finish(); // events of the old layout still carry the old device id
        }
        hello = h;
        if (!sameLayout) {
            analyzerFailed = false;
            try {
                analyzer = analyzers.create(h);
            } catch (Exception e) {
                analyzerFailed = true;
                out.onStatus(new StatusEvent(StatusEvent.Kind.LOG, h.deviceId(), "cannot analyse " + h.deviceId()
                        + ": " + e.getMessage(), hostTimeMs));
            }
        }
        out.onHello(h, hostTimeMs);
        out.onStatus(new StatusEvent(StatusEvent.Kind.HELLO, h.deviceId(), "hello from " + h.deviceId() + ": "
                + h.kind().wireName() + ", " + h.channelCount() + " channels at " + h.rateHz() + " Hz in "
                + h.unit().wireName() + (sameLayout ? " (same layout, analysis continues)" : ""), hostTimeMs));
    }

    private void analyse(QueueItem.Line line) {
        if (analyzer == null || analyzerFailed) {
            return;
        }
        String id = deviceId();
        try {
            analyzer.onFrame(line.frame(), event -> out.onEvent(id, event));
            PressureField field = analyzer.lastField();
            if (field != null) {
                out.onField(id, field);
            }
        } catch (RuntimeException e) {
            analysisErrors++;
            analyzerFailed = true;
            out.onStatus(new StatusEvent(StatusEvent.Kind.LOG, id, "analysis failed, frames of " + id
                    + " are passed on unanalysed until the next hello: " + e, line.hostTimeMs()));
        }
    }

    void requestTare() {
        if (analyzer != null && !analyzerFailed) {
            try {
                analyzer.requestTare();
            } catch (RuntimeException e) {
                analyzerFailed = true;
            }
        }
    }

    /** Ends the current analysis (alerts still raised are cleared). */
    void finish() {
        if (analyzer != null && !analyzerFailed) {
            String id = deviceId();
            try {
                analyzer.finish(event -> out.onEvent(id, event));
            } catch (RuntimeException e) {
                analysisErrors++;
            }
        }
        analyzer = null;
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
