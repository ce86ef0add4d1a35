package io.rollsense.core;

/**
 * One calibration measurement of a channel: a known pressure and the tared reading it produced.
 *
 * @param reading     tared reading in the device's unit (raw counts, N or kPa), finite, &gt;= 0
 * @param pressureKpa the known applied pressure in kPa, finite, &gt;= 0
 */
public record CalibrationPoint(double reading, double pressureKpa) {
    public CalibrationPoint {
        if (!(reading >= 0) || Double.isInfinite(reading)) {
            throw new IllegalArgumentException("reading must be finite and >= 0, was " + reading);
        }
        if (!(pressureKpa >= 0) || Double.isInfinite(pressureKpa)) {
            throw new IllegalArgumentException("pressureKpa must be finite and >= 0, was " + pressureKpa);
        }
    }
}
