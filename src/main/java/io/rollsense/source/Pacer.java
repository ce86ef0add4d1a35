package io.rollsense.source;

import java.util.concurrent.TimeUnit;

/**
 * Paces output by device time: {@link #awaitDeviceTime} sleeps (never spins) until the host clock
 * has advanced as far as the device clock since the first call, divided by a speed factor. Not
 * thread-safe.
 */
public final class Pacer {
    private final double speed;
    private long startNanos = -1;
    private long startDeviceMs;

    /** @param speed 1 = real time, 2 = twice as fast, {@code Double.POSITIVE_INFINITY} = no pacing */
    public Pacer(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be > 0, was " + speed);
        }
        this.speed = speed;
    }

    /** Sleeps until device time {@code deviceTimeMs} is due; returns false when interrupted. */
    public boolean awaitDeviceTime(long deviceTimeMs) {
        if (Double.isInfinite(speed)) {
            return !Thread.currentThread().isInterrupted();
        }
        long now = System.nanoTime();
        if (startNanos < 0) {
            startNanos = now;
            startDeviceMs = deviceTimeMs;
            return true;
        }
        long due = startNanos + (long) ((deviceTimeMs - startDeviceMs) * 1e6 / speed);
        long waitNanos = due - now;
        if (waitNanos <= 0) {
            return !Thread.currentThread().isInterrupted();
        }
        try {
            TimeUnit.NANOSECONDS.sleep(waitNanos);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
