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
    /** Typical highest taxel pressure under normal rolling, kPa. */
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
    /** Factor from body shape to kPa so that the nominal peak is reached at mid-back. */
    final double scale;

    private DeviceModel(DeviceKind kind, double[] xMm, double[] rowOffset, double areaMm2, double nominalPeakKpa,
                        double spineShiftMm, double driftMm, double wanderSdMm, double halfScaleKpa,
                        double fullScaleKpa, double noiseKpa) {
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
        double max = 0;
        for (double x : xMm) {
            max = Math.max(max, BodyModel.shape(x, 0.5, 0));
        }
        this.scale = nominalPeakKpa / max;
    }

    static DeviceModel of(DeviceKind kind, boolean ballsCentreTaxel) {
        return switch (kind) {
            case ROLLER -> new DeviceModel(kind, new double[] {-105, -75, -45, -15, 15, 45, 75, 105}, new double[8],
                    400, 42, 15, 25, 4, 80, 200, 0.3);
            case BALLS -> ballsCentreTaxel
                    ? new DeviceModel(kind, new double[] {-32, 0, 32}, new double[3], 300, 85, 0, 6, 2, 160, 400, 0.6)
                    : new DeviceModel(kind, new double[] {-32, 32}, new double[2], 300, 85, 32, 6, 2, 160, 400, 0.6);
            case PAD -> new DeviceModel(kind, new double[] {-50, 0, 50, -50, 0, 50, -50, 0, 50},
                    new double[] {-0.08, -0.08, -0.08, 0, 0, 0, 0.08, 0.08, 0.08}, 250, 55, 0, 20, 4, 100, 250, 0.4);
        };
    }

    int channels() {
        return xMm.length;
    }
}
