package io.rollsense.ui;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.StatusEvent;
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
 * {@link #latestField()}, {@link #drain} and the counters. With several devices the view shows the
 * first one it hears of and counts the others.
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
    private volatile String deviceId;
    private volatile int otherDevices;
    private final java.util.Set<String> others = new java.util.HashSet<>(); // analyzer thread only
    private long lastTimeMs = Long.MIN_VALUE;

    /** Whether calls about {@code id} are shown: the view follows the first device it hears of. */
    private boolean follows(String id) {
        if (deviceId == null) {
            deviceId = id;
        }
        if (deviceId.equals(id)) {
            return true;
        }
        if (others.add(id)) {
            otherDevices = others.size();
        }
        return false;
    }

    @Override
    public void onHello(Hello h, long hostTimeMs) {
        if (!follows(h.deviceId())) {
            return;
        }
        Hello old = hello;
        hello = h;
        if (ring == null || old == null || old.channelCount() != h.channelCount() || old.rateHz() != h.rateHz()) {
            ring = SampleRing.forRate(h.channelCount(), h.rateHz(), MAX_WINDOW_MS);
        }
        events.add(h);
    }

    @Override
    public void onField(String device, PressureField field) {
        if (!follows(device)) {
            return;
        }
        SampleRing r = ring;
        // a replay seeking back or a restarted run starts afresh; tiny steps back are clamped so the
        // ring's times never decrease (its readers binary-search them)
        boolean backwards = lastTimeMs != Long.MIN_VALUE && field.timeMs() < lastTimeMs - 1000;
        if (r == null || r.channels() != field.pressuresKpa().length || backwards) {
            Hello h = hello;
            double rate = h != null && h.channelCount() == field.pressuresKpa().length ? h.rateHz() : DEFAULT_RATE_HZ;
            r = SampleRing.forRate(field.pressuresKpa().length, rate, MAX_WINDOW_MS);
            ring = r;
        }
        lastTimeMs = backwards ? field.timeMs() : Math.max(lastTimeMs, field.timeMs());
        r.append(lastTimeMs, field.pressuresKpa(), field.totalKpa());
        latestField = field;
    }

    @Override
    public void onEvent(String device, AnalysisEvent event) {
        if (follows(device)) {
            events.add(event);
        }
    }

    @Override
    public void onBadLine(String device, BadLine bad, long hostTimeMs) {
        if (deviceId == null || deviceId.equals(device)) {
            badLines++; // single writer (analyzer thread)
        }
    }

    @Override
    public void onStatus(StatusEvent status) {
        events.add(status);
    }

    @Override
    public void onStop() {
        stopped = true;
    }

    /** The device shown, or null before any. */
    String deviceId() {
        return deviceId;
    }

    /** How many other devices the pipeline reported (not shown). */
    int otherDevices() {
        return otherDevices;
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
