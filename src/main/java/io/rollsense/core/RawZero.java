package io.rollsense.core;

/**
 * The zero of a raw device that has no calibration, for the rhythm only: each taxel's lowest
 * (glitch-free) reading so far. Raw counts sit on a baseline of thousands to hundreds of thousands
 * that the device does not report; a stroke changes the load by a share of what rests on the taxel,
 * which is the reading minus that baseline. Measured from the lowest reading, the rhythm signals
 * (total load, centre of pressure, spread) move by the same share as a calibrated device's would, so
 * strokes and cadence need no calibration. Pressures and alerts are not touched: they still warn that
 * the device is uncalibrated. Limit: on a device that is loaded from its first frame and never
 * unloaded, the lowest reading is a loaded one, so relative swings look larger than they are (a
 * hold's sway is then judged more leniently). Not thread-safe; one per analyzer.
 */
final class RawZero {
    private final double[] zero;
    private final double[] out;
    private int warmUp;

    /**
     * @param channels taxels
     * @param warmUp   first readings to leave out of the zero (a median filter starting from 0)
     */
    RawZero(int channels, int warmUp) {
        this.warmUp = warmUp;
        zero = new double[channels];
        out = new double[channels];
        java.util.Arrays.fill(zero, Double.POSITIVE_INFINITY);
    }

    /**
     * The readings measured from each taxel's lowest reading so far (counts, &gt;= 0). The returned
     * array is reused by the next call.
     */
    double[] fromZero(double[] readings) {
        if (warmUp > 0) {
            warmUp--;
            java.util.Arrays.fill(out, 0);
            return out;
        }
        for (int i = 0; i < readings.length; i++) {
            zero[i] = Math.min(zero[i], readings[i]);
            out[i] = readings[i] - zero[i];
        }
        return out;
    }
}
