package io.rollsense.core;

/**
 * The pressure field of one frame, after calibration, in kPa.
 *
 * @param timeMs           ms since first valid frame (device time)
 * @param pressuresKpa     calibrated pressure per taxel in kPa (a copy; callers may keep it)
 * @param totalKpa         sum of taxel pressures in kPa (a load indicator)
 * @param loaded           whether anything meaningful rests on the device (filtered highest taxel
 *                         at least {@link Analyzer#LOAD_KPA})
 * @param copMm            lateral centre of pressure in mm, NaN when not loaded
 * @param spineLineMm      spine line in mm: the centre of pressure smoothed over 0.5 s, NaN when not loaded
 * @param spinePressureKpa highest measured taxel pressure within ±spine-zone-mm of the spine line (no
 *                         interpolation), 0 when not loaded or no taxel is in the zone
 * @param maxKpa           highest taxel pressure in kPa
 * @param maxChannel       index of that taxel
 */
public record PressureField(long timeMs, double[] pressuresKpa, double totalKpa, boolean loaded, double copMm,
                            double spineLineMm, double spinePressureKpa, double maxKpa, int maxChannel) {
}
