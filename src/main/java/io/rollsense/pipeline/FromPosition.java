package io.rollsense.pipeline;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.BadLine;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;

/**
 * Shows a playback from a position: what the analyzer makes of the lines before {@code fromMs}
 * (device time, ms since the first frame) is not passed on, so a jump in review starts with the
 * live run's analyzer state but shows nothing from before it. Hellos, statuses, ticks and the stop
 * always pass. Analyzer thread only (the pipeline calls a frame before its field and events).
 */
final class FromPosition implements PipelineListener {
    private final PipelineListener next;
    private final long fromMs;
    private long firstFrameMs = Long.MIN_VALUE;
    private boolean showing;

    FromPosition(PipelineListener next, long fromMs) {
        this.next = next;
        this.fromMs = fromMs;
        this.showing = fromMs <= 0;
    }

    @Override
    public void onRawLine(String deviceId, String line, long hostTimeMs) {
        if (showing) {
            next.onRawLine(deviceId, line, hostTimeMs);
        }
    }

    @Override
    public void onHello(Hello hello, long hostTimeMs) {
        next.onHello(hello, hostTimeMs);
    }

    @Override
    public void onFrame(String deviceId, Frame frame, long hostTimeMs) {
        if (firstFrameMs == Long.MIN_VALUE) {
            firstFrameMs = frame.deviceTimeMs();
        }
        showing = showing || frame.deviceTimeMs() - firstFrameMs >= fromMs;
        if (showing) {
            next.onFrame(deviceId, frame, hostTimeMs);
        }
    }

    @Override
    public void onField(String deviceId, PressureField field) {
        if (showing) {
            next.onField(deviceId, field);
        }
    }

    @Override
    public void onEvent(String deviceId, AnalysisEvent event) {
        if (showing) {
            next.onEvent(deviceId, event);
        }
    }

    @Override
    public void onBadLine(String deviceId, BadLine bad, long hostTimeMs) {
        if (showing) {
            next.onBadLine(deviceId, bad, hostTimeMs);
        }
    }

    @Override
    public void onStatus(StatusEvent status) {
        next.onStatus(status);
    }

    @Override
    public void onTick(long hostTimeMs) {
        next.onTick(hostTimeMs);
    }

    @Override
    public void onStop() {
        next.onStop();
    }
}
