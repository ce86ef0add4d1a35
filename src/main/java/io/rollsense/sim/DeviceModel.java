package io.rollsense.sim;

import io.rollsense.protocol.DeviceKind;

/**
 * Geometry and sensor constants of one simulated device kind (see docs/simulator.md).
 * Immutable; lateral positions in mm from the device centre, negative = left.
 */
final class DeviceModel {
    final DeviceKind kind;
    /** Lateral taxel positions, mm. */
    final double[] xMm;
    /** Longitudinal offset of each taxel as a fraction of the travel along the back (pad rows). */
    final double[] rowOffset;
    /** Taxel area in mm² (for newtons). */
    final double areaMm2;
    /**
     * Highest taxel pressure under normal rolling at normal push (before the ±10 % push wobble), kPa;
     * chosen as 3/4 of the default overpressure threshold of the kind (60, 120, 80 kPa).
     */
    final double nominalPeakKpa;
    /** Body shift (mm) that puts the spine over a taxel in the {@code spine} scenario. */
    final double spineShiftMm;
    /** Largest sideways drift (mm) that keeps loaded taxels off the spine. */
    final double driftMm;
    /** Standard deviation of the spine's slow lateral wander, mm (clamped to twice this). */
    final double wanderSdMm;
    /** Pressure at which a raw FSR reading is half of full scale, kPa. */
    final double halfScaleKpa;
    /** Largest pressure the kPa/N output can report (saturation), kPa. */
    final double fullScaleKpa;
    /** Standard deviation of the sensor noise, kPa. */
    final double noiseKpa;
    /** Muscle ridge distance from the spine at the low end of the travel, mm, and its growth to the high end. */
    final double ridgeMm;
    final double ridgeSlopeMm;
    /**
     * Two-point support (balls): the load splits by the lever rule around the body's centre (the
     * spine), so the centre of pressure follows the spine; half the ball spacing in mm, 0 = off.
     */
    final double leverSpanMm;
    /** Factor from body shape to kPa: the nominal peak is the highest over the travel, the wander and the drift. */
    final double scale;
    /** Lowest normal peak as a fraction of the nominal peak (over travel and wander, no drift). */
    final double minPeakFraction;
    /** Spine contact amplitude that puts about the nominal peak on the spine. */
    final double spineContact;
    /** Push factor while pressing too hard: even the lowest peak of a stroke is well above 4/3 × nominal. */
    final double hardPush;

    private DeviceModel(DeviceKind kind, double[] xMm, double[] rowOffset, double areaMm2, double nominalPeakKpa,
                        double spineShiftMm, double driftMm, double wanderSdMm, double halfScaleKpa,
                        double fullScaleKpa, double noiseKpa, double ridgeMm, double ridgeSlopeMm, double leverSpanMm) {
        this.kind = kind;
        this.xMm = xMm;
        this.rowOffset = rowOffset;
        this.areaMm2 = areaMm2;
        this.nominalPeakKpa = nominalPeakKpa;
        this.spineShiftMm = spineShiftMm;
        this.driftMm = driftMm;
        this.wanderSdMm = wanderSdMm;
        this.halfScaleKpa = halfScaleKpa;
        this.fullScaleKpa = fullScaleKpa;
        this.noiseKpa = noiseKpa;
        this.ridgeMm = ridgeMm;
        this.ridgeSlopeMm = ridgeSlopeMm;
        this.leverSpanMm = leverSpanMm;
        double max = 0;
        double min = Double.MAX_VALUE;
        for (int iy = 0; iy <= 20; iy++) {
            double y = iy / 20.0;
            for (int is = -8; is <= 8; is++) {
                double wander = is / 4.0 * wanderSdMm;
                max = Math.max(max, peakShape(y, wander + Math.signum(wander) * driftMm));
                min = Math.min(min, peakShape(y, wander));
            }
        }
        this.scale = nominalPeakKpa / max;
        this.minPeakFraction = min / max;
        double onSpine = lever(spineShiftMm, spineShiftMm);
        this.spineContact = Math.max(0, nominalPeakKpa / (scale * onSpine) - shape(0, 0.5, 0));
        this.hardPush = 1.55 / (minPeakFraction * 0.9);
    }

    static DeviceModel of(DeviceKind kind, boolean ballsCentreTaxel) {
        return switch (kind) {
            case ROLLER -> new DeviceModel(kind, new double[] {-105, -75, -45, -15, 15, 45, 75, 105}, new double[8],
                    400, 45, 15, 25, 4, 80, 200, 0.3, 46, 8, 0);
            case BALLS -> ballsCentreTaxel
                    ? new DeviceModel(kind, new double[] {-32, 0, 32}, new double[3], 300, 90, 0, 6, 2, 160, 400, 0.6, 33, 4, 32)
                    : new DeviceModel(kind, new double[] {-32, 32}, new double[2], 300, 90, 32, 6, 2, 160, 400, 0.6, 33, 4, 32);
            case PAD -> new DeviceModel(kind, new double[] {-50, 0, 50, -50, 0, 50, -50, 0, 50},
                    new double[] {-0.08, -0.08, -0.08, 0, 0, 0, 0.08, 0.08, 0.08}, 250, 60, 0, 20, 4, 100, 250, 0.4, 50, 8, 0);
        };
    }

    /** Body cross-section for this device's ridges (see {@link BodyModel#shape}). */
    double shape(double relMm, double y, double contact) {
        return BodyModel.shape(relMm, y, contact, ridgeMm, ridgeSlopeMm);
    }

    /** Highest taxel shape value with the spine at {@code spineMm}, off the spine, at {@code y} along the travel. */
    private double peakShape(double y, double spineMm) {
        double p = 0;
        for (int i = 0; i < xMm.length; i++) {
            p = Math.max(p, shape(xMm[i] - spineMm, y, 0) * BodyModel.along(y) * lever(xMm[i], spineMm));
        }
        return p;
    }

    /** Lever-rule load share of a taxel at {@code xMm} when the body's centre is at {@code spineMm} (1 without lever). */
    double lever(double xMm, double spineMm) {
        return leverSpanMm == 0 ? 1 : Math.max(0, 1 + spineMm * xMm / (leverSpanMm * leverSpanMm));
    }

    int channels() {
        return xMm.length;
    }
}
