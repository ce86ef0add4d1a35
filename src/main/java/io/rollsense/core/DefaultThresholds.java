package io.rollsense.core;

import io.rollsense.protocol.DeviceKind;

/**
 * Default alert thresholds per device kind, in kPa. Rationale (docs/thresholds.md): pressure under a
 * foam roller measures about 33 kPa (foam) to 52 kPa (rigid) over 47–68 cm² (Curran 2008), so a
 * roller taxel above 60 kPa is pressing harder than rolling needs; tennis balls concentrate the same
 * load on a few cm², so their thresholds sit higher. The spine takes far less than muscle.
 */
public final class DefaultThresholds {
    private DefaultThresholds() {
    }

    /** Default overpressure threshold in kPa. */
    public static double overpressureKpa(DeviceKind kind) {
        return switch (kind) {
            case ROLLER -> 60;
            case BALLS -> 120;
            case PAD -> 80;
        };
    }

    /** Default spine threshold in kPa. */
    public static double spineKpa(DeviceKind kind) {
        return switch (kind) {
            case ROLLER -> 25;
            case BALLS -> 40;
            case PAD -> 30;
        };
    }
}
