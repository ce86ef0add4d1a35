package io.rollsense.sim;

import io.rollsense.protocol.PressureUnit;
import java.util.SplittableRandom;

/**
 * Turns noise-free kPa into what the device reports in its unit: noise, quantisation, saturation,
 * and for raw counts an FSR-like non-linear curve with creep, per-channel gain and offset (see
 * docs/simulator.md for the curve). Also plays sensor glitches of a few samples. Not thread-safe.
 */
final class SensorModel {
    /** Full scale of the raw ADC, counts. */
    static final int RAW_FULL_SCALE = 4095;
    /** Exponent of the FSR curve. */
    static final double FSR_EXPONENT = 0.8;
    private static final double RAW_SPAN = 4000;
    private static final double RAW_NOISE = 2.5;
    private static final double CREEP_GAIN = 0.08;
    private static final double CREEP_TAU_MS = 20000;

    private final DeviceModel dev;
    private final PressureUnit unit;
    private final SplittableRandom rnd;
    private final double[] offset;
    private final double[] gain;
    private final double[] creep;
    private int glitchChannel = -1;
    private int glitchLeft;
    private double glitchValue;

    SensorModel(DeviceModel dev, PressureUnit unit, SplittableRandom rnd) {
        this.dev = dev;
        this.unit = unit;
        this.rnd = rnd;
        int n = dev.channels();
        offset = new double[n];
        gain = new double[n];
        creep = new double[n];
        for (int i = 0; i < n; i++) {
            offset[i] = 20 + 40 * rnd.nextDouble();
            gain[i] = 1 + BodyModel.clamp(0.05 * rnd.nextGaussian(), -0.1, 0.1);
        }
    }

    /** Decimals written on the wire for this unit. */
    int decimals() {
        return switch (unit) {
            case RAW -> 0;
            case KPA -> 1;
            case NEWTON -> 2;
        };
    }

    /** Largest value the device can report, in its unit. */
    double fullScale() {
        return switch (unit) {
            case RAW -> RAW_FULL_SCALE;
            case KPA -> dev.fullScaleKpa;
            case NEWTON -> dev.fullScaleKpa * dev.areaMm2 / 1000;
        };
    }

    /** Makes channel {@code ch} read {@code saturate ? full scale : 0} for the next {@code samples} samples. */
    void startGlitch(int ch, int samples, boolean saturate) {
        glitchChannel = ch;
        glitchLeft = samples;
        glitchValue = saturate ? fullScale() : 0;
    }

    /** Converts one sample; {@code out} gets the wire values. */
    void read(double[] kpa, double dtMs, double[] out) {
        double a = 1 - StrictMath.exp(-dtMs / CREEP_TAU_MS);
        for (int i = 0; i < kpa.length; i++) {
            double p = kpa[i];
            double v;
            switch (unit) {
                case RAW -> {
                    creep[i] += (CREEP_GAIN * Math.min(p / dev.nominalPeakKpa, 2) - creep[i]) * a;
                    v = offset[i] + gain[i] * RAW_SPAN * fsr(p * (1 + creep[i]), dev.halfScaleKpa) + RAW_NOISE * rnd.nextGaussian();
                    v = Math.rint(v);
                }
                case KPA -> v = Math.rint((p + dev.noiseKpa * rnd.nextGaussian()) * 10) / 10;
                default -> v = Math.rint((p + dev.noiseKpa * rnd.nextGaussian()) * dev.areaMm2 / 10) / 100;
            }
            out[i] = BodyModel.clamp(v, 0, fullScale());
        }
        if (glitchLeft > 0) {
            out[glitchChannel] = glitchValue;
            glitchLeft--;
        }
    }

    /** FSR-like curve: 0 at no load, 0.5 at {@code halfKpa}, approaching 1 under heavy load. */
    static double fsr(double kpa, double halfKpa) {
        if (kpa <= 0) {
            return 0;
        }
        double r = StrictMath.pow(kpa / halfKpa, FSR_EXPONENT);
        return r / (1 + r);
    }
}
