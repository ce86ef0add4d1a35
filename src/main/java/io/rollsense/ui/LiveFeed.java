package io.rollsense.ui;

import io.rollsense.app.PipelineListener;
import io.rollsense.app.StatusEvent;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.BadLine;
import io.rollsense.protocol.Hello;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The pipeline side of the live view. Called on the analyzer thread: each call only appends to a
 * lock-free ring ({@link SampleRing}) or a concurrent queue, or stores a volatile reference, and
 * returns; it never touches Swing. The Swing timer reads everything through {@link #ring()},
 * {@link #latestField()}, {@link #drain} and the counters.
 */
final class LiveFeed implements PipelineListener {
    /** Longest window the view can show, in ms. */
    static final long MAX_WINDOW_MS = 600_000;
    private static final double DEFAULT_RATE_HZ = 200;

    private final Queue<Object> events = new ConcurrentLinkedQueue<>();
    private volatile SampleRing ring;
    private volatile Hello hello;
    private volatile PressureField latestField;
    private volatile long badLines;
    private volatile boolean stopped;

    @Override
    public void onHello(Hello h, long hostTimeMs) {
        Hello old = hello;
        hello = h;
        if (ring == null || old == null || old.channelCount() != h.channelCount() || old.rateHz() != h.rateHz()) {
            ring = SampleRing.forRate(h.channelCount(), h.rateHz(), MAX_WINDOW_MS);
        }
        events.add(h);
    }

    @Override
    public void onField(String deviceId, PressureField field) {
        SampleRing r = ring;
        if (r == null || r.channels() != field.pressuresKpa().length) {
            r = SampleRing.forRate(field.pressuresKpa().length, DEFAULT_RATE_HZ, MAX_WINDOW_MS);
            ring = r;
        }
        r.append(field.timeMs(), field.pressuresKpa(), field.totalKpa());
        latestField = field;
    }

    @Override
    public void onEvent(String deviceId, AnalysisEvent event) {
        events.add(event);
    }

    @Override
    public void onBadLine(String deviceId, BadLine bad, long hostTimeMs) {
        badLines++; // single writer (analyzer thread)
    }

    @Override
    public void onStatus(StatusEvent status) {
        events.add(status);
    }

    @Override
    public void onStop() {
        stopped = true;
    }

    SampleRing ring() {
        return ring;
    }

    Hello hello() {
        return hello;
    }

    PressureField latestField() {
        return latestField;
    }

    long badLines() {
        return badLines;
    }

    boolean stopped() {
        return stopped;
    }

    /** Moves the queued events (Hello, AnalysisEvent, StatusEvent) into {@code into}, oldest first. */
    void drain(List<Object> into) {
        for (Object o = events.poll(); o != null; o = events.poll()) {
            into.add(o);
        }
    }
}
