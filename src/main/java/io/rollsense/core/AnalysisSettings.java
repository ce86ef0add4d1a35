package io.rollsense.core;

import io.rollsense.protocol.DeviceKind;

/**
 * Every analysis option in one place, with unit, default and allowed range. The same names are
 * used on the command line ({@code --overpressure-kpa}) and in config files
 * ({@code overpressure-kpa=}). Immutable; validated on construction.
 *
 * @param overpressureKpa  overpressure threshold in kPa (1..1000); NaN = the device kind's default
 * @param spineKpa         spine threshold in kPa (1..1000); NaN = the device kind's default
 * @param spineZoneMm      half-width of the spine zone around the spine line in mm (1..100, default 20)
 * @param minAlertMs       pressure must stay above threshold this long to raise an alert (0..2000, default 100)
 * @param targetMinSpm     lower edge of the target cadence band in strokes/min (1..60, default 7.5: Behm et al. 2020, 4 s per one-way pass)
 * @param targetMaxSpm     upper edge of the target cadence band in strokes/min (1..60, default 15: Behm et al. 2020, 2 s per one-way pass)
 */
public record AnalysisSettings(double overpressureKpa, double spineKpa, double spineZoneMm, long minAlertMs,
                               double targetMinSpm, double targetMaxSpm) {

    /** Defaults: thresholds from the device kind, 20 mm spine zone, 100 ms debounce, 7.5–15 strokes/min (one stroke = up and back; docs/thresholds.md). */
    public static final AnalysisSettings DEFAULTS = new AnalysisSettings(Double.NaN, Double.NaN, 20, 100, 7.5, 15);

    public AnalysisSettings {
        checkRangeOrNaN("overpressure-kpa", overpressureKpa, 1, 1000);
        checkRangeOrNaN("spine-kpa", spineKpa, 1, 1000);
        checkRange("spine-zone-mm", spineZoneMm, 1, 100);
        checkRange("min-alert-ms", minAlertMs, 0, 2000);
        checkRange("target-min-spm", targetMinSpm, 1, 60);
        checkRange("target-max-spm", targetMaxSpm, 1, 60);
        if (targetMinSpm >= targetMaxSpm) {
            throw new IllegalArgumentException("target-min-spm (" + targetMinSpm
                    + ") must be below target-max-spm (" + targetMaxSpm + ")");
        }
    }

    /** Overpressure threshold in kPa for a device kind: the explicit value, or the kind's default. */
    public double overpressureKpaFor(DeviceKind kind) {
        return Double.isNaN(overpressureKpa) ? DefaultThresholds.overpressureKpa(kind) : overpressureKpa;
    }

    /** Spine threshold in kPa for a device kind: the explicit value, or the kind's default. */
    public double spineKpaFor(DeviceKind kind) {
        return Double.isNaN(spineKpa) ? DefaultThresholds.spineKpa(kind) : spineKpa;
    }

    public AnalysisSettings withOverpressureKpa(double v) {
        return new AnalysisSettings(v, spineKpa, spineZoneMm, minAlertMs, targetMinSpm, targetMaxSpm);
    }

    public AnalysisSettings withSpineKpa(double v) {
        return new AnalysisSettings(overpressureKpa, v, spineZoneMm, minAlertMs, targetMinSpm, targetMaxSpm);
    }

    private static void checkRangeOrNaN(String name, double v, double lo, double hi) {
        if (!Double.isNaN(v)) {
            checkRange(name, v, lo, hi);
        }
    }

    private static void checkRange(String name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(name + " must be in " + fmt(lo) + ".." + fmt(hi) + ", was " + fmt(v));
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
