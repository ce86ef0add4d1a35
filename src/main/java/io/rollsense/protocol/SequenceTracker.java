package io.rollsense.protocol;

/**
 * Unwraps a device's uint32 {@code seq} and {@code t_ms} into ever-increasing longs and counts
 * dropped frames.
 *
 * <ul>
 *   <li>Normal: seq steps forward by {@code d} (mod 2^32, so 4294967295 -&gt; 0 is a step of 1);
 *       {@code d - 1} frames were dropped. Time steps forward by its own difference mod 2^32.</li>
 *   <li>Device restart: seq goes backwards or repeats (the signed 32-bit difference is &lt;= 0), or
 *       device time goes backwards (signed 32-bit difference &lt; 0, e.g. seq 3000000000 -&gt; 0 with the
 *       clock reset too). No frames are counted as dropped. The unwrapped seq continues upwards
 *       (it stays equal to the wire seq modulo 2^32). Device time is kept monotonic: when the wire
 *       time went backwards, the unwrapped time continues one nominal frame period
 *       ({@code round(1000 / rate)} ms, at least 1) after the previous frame and later frames
 *       follow the new clock from there; {@link Frame#wireTimeMs()} then differs from the wire.</li>
 * </ul>
 * Not thread-safe.
 */
final class SequenceTracker {
    private static final long MASK = 0xFFFF_FFFFL;
    private static final long HALF = 1L << 31;

    private boolean started;
    private long lastWireSeq;
    private long lastWireTime;
    private long stepMs = 1;
    /** Unwrapped seq of the last frame. */
    long seq;
    /** Unwrapped device time of the last frame, in ms. */
    long timeMs;

    /** Forget the previous frame: the next one starts a new device's timeline. */
    void reset() {
        started = false;
    }

    /** Sets the nominal frame period from the declared rate (used only when re-basing time). */
    void rate(double rateHz) {
        stepMs = Math.max(1, Math.round(1000 / rateHz));
    }

    /**
     * Takes the next frame's wire counters; afterwards {@link #seq} and {@link #timeMs} hold the
     * unwrapped values.
     *
     * @return frames dropped before this one
     */
    long next(long wireSeq, long wireTimeMs) {
        if (!started) {
            started = true;
            seq = wireSeq;
            timeMs = wireTimeMs;
            remember(wireSeq, wireTimeMs);
            return 0;
        }
        long dSeq = (wireSeq - lastWireSeq) & MASK;
        long dTime = (wireTimeMs - lastWireTime) & MASK;
        boolean timeBack = dTime >= HALF;
        boolean restart = dSeq == 0 || dSeq >= HALF || timeBack;
        seq += dSeq == 0 ? MASK + 1 : dSeq;
        timeMs += timeBack ? stepMs : dTime;
        remember(wireSeq, wireTimeMs);
        return restart ? 0 : dSeq - 1;
    }

    private void remember(long wireSeq, long wireTimeMs) {
        lastWireSeq = wireSeq;
        lastWireTime = wireTimeMs;
    }
}
