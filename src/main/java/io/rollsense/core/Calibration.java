package io.rollsense.core;

import java.util.Arrays;
import java.util.List;

/**
 * How one device's readings become pressure: per channel a tare offset (device units), a gain and a
 * response curve ({@link FsrCurve}). For a channel {@code i}:
 * {@code calibrated = curve_i(gain_i * (reading - offset_i))}, never negative. The result is kPa for
 * {@code raw} and {@code kPa} devices and newtons for {@code N} devices (the analyzer divides by the
 * taxel area: N/mm² × 1000 = kPa; {@link #areaMm2()} overrides the hello's {@code area=}).
 *
 * <p>Immutable and thread-safe; the {@code with...}/{@code fit...} methods return new instances.
 * Stored as a readable key=value text file ({@link CalibrationFile}, docs/calibration.md).
 * Invalid arguments throw {@link IllegalArgumentException} naming the field.
 *
 * @param deviceId device id the calibration was made for, or {@code null} for any device
 * @param offsets  tare offset per channel, in device units
 * @param gains    gain per channel (&gt; 0)
 * @param curves   response curve per channel
 * @param areaMm2  taxel area in mm² for newton devices, or NaN to use the hello's
 */
public record Calibration(String deviceId, double[] offsets, double[] gains, FsrCurve[] curves, double areaMm2) {

    public Calibration {
        int n = offsets.length;
        if (n < 1 || gains.length != n || curves.length != n) {
            throw new IllegalArgumentException("offsets, gains and curves must have the same length >= 1, got "
                    + n + ", " + gains.length + ", " + curves.length);
        }
        offsets = offsets.clone();
        gains = gains.clone();
        curves = curves.clone();
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(offsets[i])) {
                throw new IllegalArgumentException("offset of channel " + i + " must be finite, was " + offsets[i]);
            }
            if (!(gains[i] > 0) || Double.isInfinite(gains[i])) {
                throw new IllegalArgumentException("gain of channel " + i + " must be > 0, was " + gains[i]);
            }
            if (curves[i] == null) {
                throw new IllegalArgumentException("curve of channel " + i + " is missing");
            }
        }
        if (!Double.isNaN(areaMm2) && !(areaMm2 > 0 && Double.isFinite(areaMm2))) {
            throw new IllegalArgumentException("area-mm2 must be > 0, was " + areaMm2);
        }
    }

    /** Zero offsets, unit gains, linear curves: readings pass through unchanged. */
    public static Calibration identity(int channels) {
        double[] gains = new double[channels];
        Arrays.fill(gains, 1);
        FsrCurve[] curves = new FsrCurve[channels];
        Arrays.fill(curves, FsrCurve.LINEAR);
        return new Calibration(null, new double[channels], gains, curves, Double.NaN);
    }

    /** Number of channels. */
    public int channelCount() {
        return offsets.length;
    }

    /** Calibrated value of {@code reading} on {@code channel} (kPa, or N for newton devices), &gt;= 0. */
    public double apply(int channel, double reading) {
        return curves[channel].toKpa(gains[channel] * (reading - offsets[channel]));
    }

    /** This calibration with new tare offsets (device units), for example from an unloaded stretch. */
    public Calibration withOffsets(double[] newOffsets) {
        return new Calibration(deviceId, newOffsets, gains, curves, areaMm2);
    }

    /** This calibration with one channel replaced. */
    public Calibration withChannel(int channel, double offset, double gain, FsrCurve curve) {
        double[] o = offsets.clone();
        double[] g = gains.clone();
        FsrCurve[] c = curves.clone();
        o[channel] = offset;
        g[channel] = gain;
        c[channel] = curve;
        return new Calibration(deviceId, o, g, c, areaMm2);
    }

    /** This calibration for a named device. */
    public Calibration withDeviceId(String id) {
        return new Calibration(id, offsets, gains, curves, areaMm2);
    }

    /**
     * Fits the curve of one channel through measured points (raw reading in device units, known
     * pressure in kPa). Readings are tared with the channel's offset and gain first; the fitted curve
     * replaces the channel's curve. {@code type} POWER fits {@code a x^b}; POLY fits a quadratic;
     * LINEAR fits a gain through the origin (curve stays linear).
     */
    public Calibration fitChannel(int channel, List<CalibrationPoint> rawPoints, FsrCurve.Type type) {
        if (channel < 0 || channel >= channelCount()) {
            throw new IllegalArgumentException("channel must be in 0.." + (channelCount() - 1) + ", was " + channel);
        }
        List<CalibrationPoint> tared = rawPoints.stream()
                .map(p -> new CalibrationPoint(Math.max(0, gains[channel] * (p.reading() - offsets[channel])),
                        p.pressureKpa()))
                .toList();
        return switch (type) {
            case POWER -> withChannel(channel, offsets[channel], gains[channel], FsrCurve.fitPower(tared));
            case POLY -> withChannel(channel, offsets[channel], gains[channel], FsrCurve.fitPoly(tared, 2));
            case LINEAR -> withChannel(channel, offsets[channel], gains[channel] * originSlope(tared),
                    FsrCurve.LINEAR);
        };
    }

    private static double originSlope(List<CalibrationPoint> pts) {
        double sxy = 0;
        double sxx = 0;
        for (CalibrationPoint p : pts) {
            sxy += p.reading() * p.pressureKpa();
            sxx += p.reading() * p.reading();
        }
        if (!(sxx > 0) || !(sxy > 0)) {
            throw new IllegalArgumentException("a linear fit needs points with reading > 0 and kPa > 0");
        }
        return sxy / sxx;
    }

    /**
     * Parses the calibration text format (docs/calibration.md); reading and writing files is
     * {@code session.CalibrationFiles}' job (core does no I/O).
     *
     * @throws IllegalArgumentException naming the line that is wrong
     */
    public static Calibration parse(String text) {
        return CalibrationFile.parse(text);
    }

    /** This calibration as a commented, editable text (the file format). */
    public String toText() {
        return CalibrationFile.format(this);
    }

    @Override
    public double[] offsets() {
        return offsets.clone();
    }

    @Override
    public double[] gains() {
        return gains.clone();
    }

    @Override
    public FsrCurve[] curves() {
        return curves.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Calibration c && java.util.Objects.equals(deviceId, c.deviceId)
                && Arrays.equals(offsets, c.offsets) && Arrays.equals(gains, c.gains)
                && Arrays.equals(curves, c.curves) && Double.compare(areaMm2, c.areaMm2) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(offsets) * 31 + Arrays.hashCode(gains);
    }

    @Override
    public String toString() {
        return CalibrationFile.format(this);
    }
}
