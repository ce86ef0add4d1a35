package io.rollsense.core;

/**
 * The pressure field of one frame, after calibration, in kPa.
 *
 * @param timeMs           ms since first valid frame (device time)
 * @param pressuresKpa     calibrated pressure per taxel in kPa (a copy; callers may keep it)
 * @param totalKpa         sum of taxel pressures in kPa (a load indicator)
 * @param loaded           whether anything meaningful rests on the device
 * @param copMm            lateral centre of pressure in mm, NaN when not loaded
 * @param spineLineMm      smoothed spine line in mm, NaN when not loaded
 * @param spinePressureKpa highest taxel pressure within the spine zone, 0 when not loaded
 * @param maxKpa           highest taxel pressure in kPa
 * @param maxChannel       index of that taxel
 */
public record PressureField(long timeMs, double[] pressuresKpa, double totalKpa, boolean loaded, double copMm,
                            double spineLineMm, double spinePressureKpa, double maxKpa, int maxChannel) {
}
