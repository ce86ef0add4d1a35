package io.rollsense.sim;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;

/** The resolved settings of one simulator run (package-private carrier). */
record SimSettings(DeviceKind kind, PressureUnit unit, double rateHz, long seed, long totalMs) {
}
