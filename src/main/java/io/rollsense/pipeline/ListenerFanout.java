package io.rollsense.pipeline;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.BadLine;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import java.util.List;
import java.util.function.Consumer;

/**
 * Calls every listener in order on the analyzer thread. A listener that throws is reported once
 * on stderr and otherwise ignored, so one broken sink never stops the pipeline or the others.
 */
final class ListenerFanout implements PipelineListener {
    private final List<PipelineListener> listeners;
    private final boolean[] reported;

    ListenerFanout(List<PipelineListener> listeners) {
        this.listeners = List.copyOf(listeners);
        this.reported = new boolean[this.listeners.size()];
    }

    private void each(Consumer<PipelineListener> call) {
        for (int i = 0; i < listeners.size(); i++) {
            try {
                call.accept(listeners.get(i));
            } catch (RuntimeException e) {
                if (!reported[i]) {
                    reported[i] = true;
                    System.err.println("rollsense: listener " + listeners.get(i).getClass().getSimpleName()
                            + " failed (further failures not shown): " + e);
                }
            }
        }
    }

    @Override
    public void onRawLine(String deviceId, String line, long hostTimeMs) {
        each(l -> l.onRawLine(deviceId, line, hostTimeMs));
    }

    @Override
    public void onHello(Hello hello, long hostTimeMs) {
        each(l -> l.onHello(hello, hostTimeMs));
    }

    @Override
    public void onFrame(String deviceId, Frame frame, long hostTimeMs) {
        each(l -> l.onFrame(deviceId, frame, hostTimeMs));
    }

    @Override
    public void onField(String deviceId, PressureField field) {
        each(l -> l.onField(deviceId, field));
    }

    @Override
    public void onEvent(String deviceId, AnalysisEvent event) {
        each(l -> l.onEvent(deviceId, event));
    }

    @Override
    public void onBadLine(String deviceId, BadLine bad, long hostTimeMs) {
        each(l -> l.onBadLine(deviceId, bad, hostTimeMs));
    }

    @Override
    public void onStatus(StatusEvent status) {
        each(l -> l.onStatus(status));
    }

    @Override
    public void onTick(long hostTimeMs) {
        each(l -> l.onTick(hostTimeMs));
    }

    @Override
    public void onStop() {
        each(PipelineListener::onStop);
    }
}
