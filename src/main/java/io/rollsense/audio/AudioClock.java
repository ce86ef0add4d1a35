package io.rollsense.audio;

/**
 * Maps device time (ms since the first frame, from the analysed fields) onto the mixer's sample
 * clock and says how far the mixer may render. Without a speaker line the mixer follows device
 * time exactly: it renders up to the latest frame and no further, so a WAV of a replay or the demo
 * is deterministic and its sample 0 is the first frame (device time 0). With a speaker line it
 * runs on ahead of the latest frame by the host clock, plus a small lead that keeps the line's
 * buffer from running dry. When frames stop (device lost), it free-runs on the host clock (after
 * {@link #STALL_MS} without a speaker), and before the first frame after {@link #NO_DEVICE_MS}, so that sounds about
 * the device still play. Never goes backwards;
 * re-anchors when device time jumps (a new analysis starts at 0). Used only by the audio thread.
 */
final class AudioClock {
    /** Host ms without a frame after which the clock runs on the host clock alone (no speaker). */
    static final long STALL_MS = 2000;
    /** Host ms before the first frame after which the clock starts free-running. */
    static final long NO_DEVICE_MS = 3000;

    private final long startNanos;
    private boolean anchored;
    private int epoch;
    private long anchorSample;
    private long anchorDeviceMs;
    private long lastDeviceMs;
    private long lastTickNanos;
    private long target;

    AudioClock(long startNanos) {
        this.startNanos = startNanos;
    }

    /**
     * The latest analysed frame; {@code rendered} = mixer position. Anchors a new analysis (epoch) at
     * its first frame; re-anchors when device time lags what was rendered by 0.5 s (after
     * free-running), or, with a speaker, leaps 2 s ahead (without one, a leap renders through).
     */
    void tick(AudioLoop.Tick tick, long rendered, boolean realtime) {
        long deviceMs = tick.deviceMs();
        long nanos = tick.nanos();
        if (!anchored || tick.epoch() != epoch) { // a new analysis: its first frame plays now
            anchored = true;
            epoch = tick.epoch();
            anchorSample = rendered;
            anchorDeviceMs = tick.epochMs();
        }
        long mapped = sampleAt(deviceMs);
        if (mapped < rendered - Synth.RATE / 2 || (realtime && mapped > rendered + 2L * Synth.RATE)) {
            anchorSample = rendered;
            anchorDeviceMs = deviceMs;
        }
        lastDeviceMs = deviceMs;
        lastTickNanos = nanos;
    }

    /** Whether a frame has been seen. */
    boolean anchored() {
        return anchored;
    }

    /** The sample at which device time {@code deviceMs} plays (may be before the mixer's position). */
    long sampleAt(long deviceMs) {
        return anchorSample + Math.round((deviceMs - anchorDeviceMs) * (Synth.RATE / 1000.0));
    }

    /** Device time of the latest frame in ms, 0 before any. */
    long deviceMs() {
        return lastDeviceMs;
    }

    /**
     * How far the mixer may render now, in samples (never less than before).
     *
     * @param realtime    a speaker line is open: run on the host clock past the latest frame
     * @param leadSamples how far ahead of "now" to render for the line
     */
    long target(long nanos, boolean realtime, long leadSamples) {
        long t;
        if (!anchored) {
            long sinceStart = ms(nanos - startNanos);
            t = sinceStart < NO_DEVICE_MS ? 0 : samples(sinceStart - NO_DEVICE_MS) + (realtime ? leadSamples : 0);
        } else {
            long since = ms(nanos - lastTickNanos);
            long at = sampleAt(lastDeviceMs);
            if (realtime) {
                t = at + samples(since) + leadSamples;
            } else {
                t = since >= STALL_MS ? at + samples(since) : at;
            }
        }
        target = Math.max(target, t);
        return target;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static long samples(long ms) {
        return ms * Synth.RATE / 1000;
    }
}
