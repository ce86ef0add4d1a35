package io.rollsense.core;

/**
 * How large a swing must be to be rolling, per candidate signal. Rolling moves the device tens of
 * millimetres along the body, so the load changes by at least about ±7 % (the smallest rolling
 * swing we design for is ±10 %), the sharing between taxels changes a lot, and the centre of
 * pressure moves by centimetres when it moves at all; lying still, breathing and slow sway change
 * the load by a few per cent and move the body by a few millimetres. A swing (range over about a
 * period, trend removed) passes when it reaches the signal's fixed gate and, once this session has
 * rolled, at least {@link #LEARNED_SHARE} of the swing that its rolling showed. Not thread-safe.
 */
final class RhythmGates {
    /** Range of the log of the total load (≈ relative change, peak to peak). */
    static final double TOTAL_LOG_RANGE = 0.14;
    /** Range of the centre of pressure, mm. */
    static final double COP_RANGE_MM = 20;
    /** Range of the load-sharing pattern (shares of the mean taxel load). */
    static final double PATTERN_RANGE = 0.6;
    /** A swing below this share of the session's rolling swing is not rolling. */
    static final double LEARNED_SHARE = 0.3;
    private static final double[] FIXED = {TOTAL_LOG_RANGE, COP_RANGE_MM, PATTERN_RANGE};

    private final double[] learned;

    RhythmGates(int signals) {
        learned = new double[signals];
        java.util.Arrays.fill(learned, Double.NaN);
    }

    boolean passes(int signal, double range) {
        return range >= FIXED[signal] && (Double.isNaN(learned[signal]) || range >= LEARNED_SHARE * learned[signal]);
    }

    /** Smallest trigger band of a signal, its unit. */
    double floor(int signal) {
        return FIXED[signal] / 6;
    }

    /** A swing seen while rolling (followed slowly). */
    void learn(int signal, double range) {
        learned[signal] = Double.isNaN(learned[signal]) ? range : learned[signal] + (range - learned[signal]) / 20;
    }
}
