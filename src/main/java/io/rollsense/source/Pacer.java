package io.rollsense.source;

import java.util.concurrent.TimeUnit;

/**
 * The one pacer: paces output by device time. {@link #awaitDeviceTime} waits (never spins) until
 * the host clock has advanced as far as the device clock since the anchor (the first call, or the
 * first after a pause or a change of speed), divided by the speed factor. Every paced source
 * (file replay, simulator, recorded-session playback) and the simulator's writer use it.
 *
 * <p>Threads: one thread paces; {@link #setSpeed} and {@link #setPaused} may be called from any
 * other thread and take effect at once (a waiting thread wakes up). An interrupt ends a wait:
 * {@link #awaitDeviceTime} then returns false with the interrupt flag set.
 */
public final class Pacer {
    private double speed;
    private boolean paused;
    private long anchorNanos = -1;
    private long anchorDeviceMs;

    /** @param speed 1 = real time, 2 = twice as fast, {@code Double.POSITIVE_INFINITY} = no pacing */
    public Pacer(double speed) {
        this.speed = check(speed);
    }

    private static double check(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be > 0, was " + speed);
        }
        return speed;
    }

    /** Changes the speed from now on (the device time reached so far is kept); any thread. */
    public synchronized void setSpeed(double newSpeed) {
        check(newSpeed);
        if (anchorNanos >= 0 && !Double.isInfinite(speed)) {
            long now = System.nanoTime();
            anchorDeviceMs += (long) ((now - anchorNanos) / 1e6 * speed);
            anchorNanos = now;
        } else {
            anchorNanos = -1;
        }
        speed = newSpeed;
        notifyAll();
    }

    /** Holds (true) or releases (false) the paced thread; after a pause pacing starts afresh. Any thread. */
    public synchronized void setPaused(boolean p) {
        paused = p;
        anchorNanos = -1;
        notifyAll();
    }

    /** Waits until device time {@code deviceTimeMs} is due; returns false when interrupted. */
    public synchronized boolean awaitDeviceTime(long deviceTimeMs) {
        try {
            while (true) {
                if (paused) {
                    wait();
                    continue;
                }
                if (Double.isInfinite(speed)) {
                    return !Thread.currentThread().isInterrupted();
                }
                long now = System.nanoTime();
                if (anchorNanos < 0) {
                    anchorNanos = now;
                    anchorDeviceMs = deviceTimeMs;
                    return true;
                }
                long waitNanos = anchorNanos + (long) ((deviceTimeMs - anchorDeviceMs) * 1e6 / speed) - now;
                if (waitNanos <= 0) {
                    return !Thread.currentThread().isInterrupted();
                }
                TimeUnit.NANOSECONDS.timedWait(this, waitNanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The {@code t_ms} field of a frame line {@code $seq,t,...} (wire bytes), or -1 when it is not one. */
    public static long frameTimeMs(byte[] line) {
        if (line.length == 0 || line[0] != '$') {
            return -1;
        }
        int i = 1;
        while (i < line.length && line[i] != ',') {
            i++;
        }
        long t = 0;
        int digits = 0;
        for (i++; i < line.length && line[i] >= '0' && line[i] <= '9' && digits < 12; i++, digits++) {
            t = t * 10 + (line[i] - '0');
        }
        return digits == 0 ? -1 : t;
    }
}
