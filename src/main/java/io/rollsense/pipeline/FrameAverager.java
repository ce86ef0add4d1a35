package io.rollsense.pipeline;

import io.rollsense.api.PipelineListener;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import java.time.Duration;

/**
 * Averages the raw frame values of the (first) device over a stretch of host time, for
 * calibration. Frames arrive on the analyzer thread; {@link #average} is called from another
 * thread and sleeps while it collects. Thread-safe.
 */
public final class FrameAverager implements PipelineListener {
    private Hello hello;
    private double[] sums;
    private long count;
    private boolean collecting;

    /** Per-channel means and how many frames they are based on. */
    public record Means(double[] values, long frames) {
    }

    @Override
    public synchronized void onHello(Hello h, long hostTimeMs) {
        if (hello == null || hello.channelCount() != h.channelCount()) {
            sums = null;
        }
        hello = h;
        notifyAll();
    }

    @Override
    public synchronized void onFrame(String deviceId, Frame frame, long hostTimeMs) {
        if (!collecting || hello == null || !deviceId.equals(hello.deviceId())) {
            return;
        }
        double[] v = frame.values();
        if (sums == null || sums.length != v.length) {
            sums = new double[v.length];
            count = 0;
        }
        for (int i = 0; i < v.length; i++) {
            sums[i] += v[i];
        }
        count++;
    }

    /** Waits at most {@code timeout} for a hello; returns it or {@code null}. */
    public synchronized Hello awaitHello(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (hello == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return hello;
    }

    /**
     * Lets the load settle for {@code settle}, then collects for {@code window} (sleeping) and
     * returns the means; {@code frames == 0} when none came.
     */
    public Means average(Duration settle, Duration window) throws InterruptedException {
        Thread.sleep(settle.toMillis());
        synchronized (this) {
            sums = null;
            count = 0;
            collecting = true;
        }
        Thread.sleep(window.toMillis());
        synchronized (this) {
            collecting = false;
            if (sums == null || count == 0) {
                return new Means(new double[0], 0);
            }
            double[] means = new double[sums.length];
            for (int i = 0; i < means.length; i++) {
                means[i] = sums[i] / count;
            }
            return new Means(means, count);
        }
    }
}
