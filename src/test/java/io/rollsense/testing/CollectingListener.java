package io.rollsense.testing;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.protocol.BadLine;
import io.rollsense.protocol.Hello;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Records what a pipeline delivers; tests wait on conditions over it with timeouts. */
public final class CollectingListener implements PipelineListener {
    private final Map<String, Long> frameLines = new HashMap<>();
    private final Map<String, Long> badLines = new HashMap<>();
    private final Map<String, Hello> hellos = new HashMap<>();
    private final List<StatusEvent> statuses = new ArrayList<>();
    private final List<AnalysisEvent> events = new ArrayList<>();
    private final List<BadLine> firstBad = new ArrayList<>();
    private boolean stopped;

    @Override
    public synchronized void onRawLine(String deviceId, String line, long hostTimeMs) {
        if (line.startsWith("$")) {
            frameLines.merge(deviceId, 1L, Long::sum);
            notifyAll();
        }
    }

    @Override
    public synchronized void onHello(Hello hello, long hostTimeMs) {
        hellos.put(hello.deviceId(), hello);
        notifyAll();
    }

    @Override
    public synchronized void onEvent(String deviceId, AnalysisEvent event) {
        events.add(event);
    }

    @Override
    public synchronized void onBadLine(String deviceId, BadLine bad, long hostTimeMs) {
        badLines.merge(deviceId, 1L, Long::sum);
        if (firstBad.size() < 5) {
            firstBad.add(bad);
        }
        notifyAll();
    }

    @Override
    public synchronized void onStatus(StatusEvent status) {
        statuses.add(status);
        notifyAll();
    }

    @Override
    public synchronized void onStop() {
        stopped = true;
        notifyAll();
    }

    public synchronized long frameLines(String device) {
        return frameLines.getOrDefault(device, 0L);
    }

    public synchronized long badLines(String device) {
        return badLines.getOrDefault(device, 0L);
    }

    /** The first few bad lines, for failure messages. */
    public synchronized List<BadLine> firstBad() {
        return List.copyOf(firstBad);
    }

    public synchronized Map<String, Hello> hellos() {
        return Map.copyOf(hellos);
    }

    public synchronized List<StatusEvent> statuses() {
        return List.copyOf(statuses);
    }

    public synchronized boolean stopped() {
        return stopped;
    }

    /** Index of the first status of {@code kind} at or after {@code from}, or -1. */
    public synchronized int statusIndex(StatusEvent.Kind kind, int from) {
        for (int i = from; i < statuses.size(); i++) {
            if (statuses.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /** Waits until {@code condition} holds; fails with what was collected on timeout. */
    public synchronized void await(String what, Predicate<CollectingListener> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(this)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + what + "; frames=" + frameLines + " bad=" + badLines
                        + " first bad lines=" + firstBad + " statuses=" + statuses);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
