package io.rollsense.core;

/**
 * The zero of a raw device that has no calibration, for the rhythm only. Raw counts sit on a
 * baseline of thousands to hundreds of thousands that the device does not report; a stroke changes
 * the load by a share of what rests on the taxel, which is the reading minus that baseline. Measured
 * from the right zero, the rhythm signals (total load, centre of pressure, spread) move by the same
 * share as a calibrated device's would, so strokes and cadence need no calibration. Pressures and
 * alerts are not touched: they still warn that the device is uncalibrated.
 *
 * <p>The zero is each taxel's lowest (glitch-free) reading once the device has been seen unloaded:
 * its lowest total lies well below where it usually sits, by more than {@link #UNLOADED_SWINGS} of
 * its usual swing (getting on or off, a lift-off). Until then the lowest reading is a loaded one (the
 * bottom of a stroke), and a zero there would make every small sway of a later hold look like a
 * stroke; the zero is then put {@link #MARGIN_SWINGS} usual swing below each taxel's lowest reading
 * (a stroke swings the load by ±10–35 %, so the bottom of a stroke lies one to four swings above the
 * baseline; a lower zero would hide the side-to-side rhythm of a device that is never unloaded, like
 * the FeLT wiping recordings). The usual swing is the median range over {@link #WINDOW_S} s windows of the last
 * {@link #HISTORY_S} s. Not thread-safe; one per analyzer.
 */
final class RawZero {
    /** The lowest total is an unloaded one when the median total lies this many usual swings above it. */
    static final double UNLOADED_SWINGS = 1.2;
    /** Before the device is seen unloaded, the zero lies this many usual swings below the lowest reading. */
    static final double MARGIN_SWINGS = 1.0;
    static final int WINDOW_S = 5;
    static final int HISTORY_S = 300;

    private final int channels;
    private final double[] lowest;
    private final double[] zero;
    private final double[] out;
    private int warmUp;
    private boolean unloadedSeen;
    /** Per second (ring of {@link #HISTORY_S}): each taxel's min and max, then the total's min, max and mean. */
    private final double[][] secMin;
    private final double[][] secMax;
    private final double[] totalMean;
    private int seconds;
    private long second = Long.MIN_VALUE;
    private final double[] curMin;
    private final double[] curMax;
    private double curSum;
    private int curFrames;
    private final double[] scratch = new double[HISTORY_S];

    /**
     * @param channels taxels
     * @param warmUp   first readings to leave out of the zero (a median filter starting from 0)
     */
    RawZero(int channels, int warmUp) {
        this.channels = channels;
        this.warmUp = warmUp;
        lowest = new double[channels + 1];
        zero = new double[channels];
        out = new double[channels];
        secMin = new double[channels + 1][HISTORY_S];
        secMax = new double[channels + 1][HISTORY_S];
        totalMean = new double[HISTORY_S];
        curMin = new double[channels + 1];
        curMax = new double[channels + 1];
        java.util.Arrays.fill(lowest, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(zero, Double.NaN);
        resetSecond();
    }

    /** Whether the zero is known: the device has been seen unloaded. */
    boolean unloadedSeen() {
        return unloadedSeen;
    }

    /**
     * The readings at {@code timeMs} (device ms) measured from each taxel's zero (counts, &gt;= 0).
     * The returned array is reused by the next call.
     */
    double[] fromZero(long timeMs, double[] readings) {
        if (warmUp > 0) {
            warmUp--;
            java.util.Arrays.fill(out, 0);
            return out;
        }
        long s = Math.floorDiv(timeMs, 1000);
        if (second != Long.MIN_VALUE && s != second && curFrames > 0) {
            endSecond();
        }
        second = s;
        double total = 0;
        for (int i = 0; i < channels; i++) {
            lowest[i] = Math.min(lowest[i], readings[i]);
            total += readings[i];
            curMin[i] = Math.min(curMin[i], readings[i]);
            curMax[i] = Math.max(curMax[i], readings[i]);
        }
        lowest[channels] = Math.min(lowest[channels], total);
        curMin[channels] = Math.min(curMin[channels], total);
        curMax[channels] = Math.max(curMax[channels], total);
        curSum += total;
        curFrames++;
        for (int i = 0; i < channels; i++) {
            double z = unloadedSeen || Double.isNaN(zero[i]) ? lowest[i] : Math.min(zero[i], lowest[i]);
            out[i] = Math.max(0, readings[i] - z);
        }
        return out;
    }

    private void endSecond() {
        int k = seconds % HISTORY_S;
        for (int i = 0; i <= channels; i++) {
            secMin[i][k] = curMin[i];
            secMax[i][k] = curMax[i];
        }
        totalMean[k] = curSum / curFrames;
        seconds++;
        resetSecond();
        if (!unloadedSeen && seconds >= WINDOW_S) {
            double swing = usualSwing(channels);
            int n = Math.min(seconds, HISTORY_S);
            System.arraycopy(totalMean, 0, scratch, 0, n);
            java.util.Arrays.sort(scratch, 0, n);
            double median = scratch[n / 2];
            if (swing > 0 && median - lowest[channels] > UNLOADED_SWINGS * swing) {
                unloadedSeen = true;
            } else {
                for (int i = 0; i < channels; i++) {
                    zero[i] = lowest[i] - MARGIN_SWINGS * usualSwing(i);
                }
            }
        }
    }

    /** Median range of taxel {@code i} (or the total, {@code i == channels}) over the {@link #WINDOW_S} s windows kept. */
    private double usualSwing(int i) {
        int n = Math.min(seconds, HISTORY_S);
        int windows = 0;
        for (int end = WINDOW_S - 1; end < n; end += WINDOW_S) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int j = end - WINDOW_S + 1; j <= end; j++) {
                int k = (seconds - n + j) % HISTORY_S;
                lo = Math.min(lo, secMin[i][k]);
                hi = Math.max(hi, secMax[i][k]);
            }
            scratch[windows++] = hi - lo;
        }
        java.util.Arrays.sort(scratch, 0, windows);
        return windows == 0 ? 0 : scratch[windows / 2];
    }

    private void resetSecond() {
        java.util.Arrays.fill(curMin, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(curMax, Double.NEGATIVE_INFINITY);
        curSum = 0;
        curFrames = 0;
    }
}
