package io.rollsense.audio;

/**
 * The beat to roll to: one beat per one-way pass, two per stroke, alternating an "up" tone and a
 * lower "back" tone so that the beat tells the direction. Beats fall on exact samples
 * ({@code origin + round(k × interval)}), so the tempo is exact. In {@link MetronomeMode#OFF_PACE}
 * the beat fades out over a few beats once the person has rolled on pace for {@link #ON_PACE_MS}
 * and fades back in as soon as the pace leaves the target band. Used only by the audio thread.
 */
final class Metronome {
    /** Device ms on pace after which an off-pace metronome fades out. */
    static final long ON_PACE_MS = 20_000;
    /** Gain change per beat while fading (four beats from full to silent). */
    private static final float FADE_STEP = 0.25f;

    private final MetronomeMode mode;
    private double intervalSamples;
    /** A new pace asked for by another thread (NaN when none), taken at the next beat. */
    private volatile double pendingSpm = Double.NaN;
    private final float[] up = Synth.beat(true);
    private final float[] back = Synth.beat(false);
    private long origin = Long.MIN_VALUE;
    private long beatIndex;
    private float level = 1;
    private boolean onPace;
    private long onPaceSinceMs;

    /** @param spm strokes per minute (1..60); a beat every 30 000 / spm ms */
    Metronome(MetronomeMode mode, double spm) {
        if (!(spm >= 1 && spm <= 60)) {
            throw new IllegalArgumentException("metronome pace must be in 1..60 strokes/min, was " + spm);
        }
        this.mode = mode;
        this.intervalSamples = intervalFor(spm);
    }

    private static double intervalFor(double spm) {
        return Synth.RATE * 30.0 / spm;
    }

    /**
     * Changes the tempo from the next beat on (a guided routine's step with its own pace band); any
     * thread. The beat that is due keeps its time, the up/back alternation goes on, and the beats after
     * it follow the new interval exactly.
     *
     * @param spm strokes per minute (1..60)
     * @throws IllegalArgumentException outside 1..60
     */
    void retempo(double spm) {
        if (!(spm >= 1 && spm <= 60)) {
            throw new IllegalArgumentException("metronome pace must be in 1..60 strokes/min, was " + spm);
        }
        pendingSpm = spm;
    }

    /** Milliseconds between beats. */
    double beatIntervalMs() {
        return intervalSamples * 1000.0 / Synth.RATE;
    }

    /** Starts the beat at {@code sample} (the first frame); later calls do nothing. */
    void start(long sample) {
        if (origin == Long.MIN_VALUE && mode != MetronomeMode.OFF) {
            origin = sample;
        }
    }

    /**
     * The pace at device time {@code deviceMs}: whether it is inside the target band. Off-pace mode
     * fades the beat after {@link #ON_PACE_MS} on pace and brings it back when the pace leaves.
     */
    void pace(boolean inBand, long deviceMs) {
        if (inBand && !onPace) {
            onPaceSinceMs = deviceMs;
        }
        onPace = inBand;
    }

    /** Schedules the beats that fall before {@code blockEnd} (exclusive). */
    void schedule(SoundMixer mixer, long blockEnd, long deviceMs) {
        if (origin == Long.MIN_VALUE) {
            return;
        }
        double spm = pendingSpm;
        if (!Double.isNaN(spm)) {
            pendingSpm = Double.NaN;
            long due = beatAt(beatIndex);
            intervalSamples = intervalFor(spm);
            origin = due - Math.round(beatIndex * intervalSamples);
        }
        for (long at = beatAt(beatIndex); at < blockEnd; at = beatAt(++beatIndex)) {
            float target = mode == MetronomeMode.OFF_PACE && onPace && deviceMs - onPaceSinceMs >= ON_PACE_MS ? 0 : 1;
            level = target < level ? Math.max(target, level - FADE_STEP) : Math.min(target, level + 2 * FADE_STEP);
            if (level > 0) {
                mixer.play(beatIndex % 2 == 0 ? up : back, at, level, 0);
            }
        }
    }

    private long beatAt(long k) {
        return origin + Math.round(k * intervalSamples);
    }

    /** Current level 0 (faded out) .. 1. */
    float level() {
        return level;
    }
}
