package io.rollsense.app;

import io.rollsense.core.DefaultThresholds;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.GroundTruth;
import io.rollsense.sim.Scenarios;
import io.rollsense.sim.Simulator;

/**
 * What {@code simulate} was asked to simulate, checked and turned into {@link Simulator}s. Ranges:
 * rate 20–1000 Hz, start cadence 5–45 strokes/min, spine zone 1–100 mm, thresholds &gt; 0 and
 * &lt; 10000 kPa, a run length &gt; 0 s. A bad value is an {@link IllegalArgumentException} whose
 * message names the option and its range (the command line makes it a usage error).
 *
 * @param seconds         run length in s, or {@code null} for one pass of the script
 * @param spm             starting cadence in strokes/min, or {@code null} for the script's
 * @param overpressureKpa threshold for the truth intervals, or {@code null} for the kind's default
 * @param spineKpa        spine threshold for the truth intervals, or {@code null} for the kind's default
 */
public record SimulationSpec(String scenario, DeviceKind kind, PressureUnit unit, double rateHz, Double seconds,
                             Double spm, boolean centreTaxel, Double overpressureKpa, Double spineKpa,
                             double spineZoneMm) {
    public SimulationSpec {
        if (seconds != null && !(seconds > 0)) {
            throw new IllegalArgumentException("--seconds must be > 0, was " + seconds);
        }
        if (!(rateHz >= 20 && rateHz <= 1000)) {
            throw new IllegalArgumentException("--rate must be 20–1000 Hz, was " + rateHz);
        }
        if (spm != null && !(spm >= Scenarios.MIN_SPM && spm <= Scenarios.MAX_SPM)) {
            throw new IllegalArgumentException("--spm must be 5–45 strokes/min, was " + spm);
        }
        if (!(spineZoneMm >= 1 && spineZoneMm <= 100)) {
            throw new IllegalArgumentException("--spine-zone-mm must be 1..100 mm, was " + spineZoneMm);
        }
        checkKpa("--overpressure-kpa", overpressureKpa);
        checkKpa("--spine-kpa", spineKpa);
        if (centreTaxel && kind != DeviceKind.BALLS) {
            throw new IllegalArgumentException("--centre-taxel applies to --kind balls only");
        }
    }

    private static void checkKpa(String option, Double v) {
        if (v != null && !(v > 0 && v < 10_000)) {
            throw new IllegalArgumentException(option + " must be > 0 and < 10000 kPa, was " + v);
        }
    }

    /**
     * A simulator of this spec.
     *
     * @param deviceId the device id, or {@code null} for the simulator's default
     * @throws IllegalArgumentException for a bad scenario script (message starts with {@code --scenario:})
     */
    public Simulator build(String deviceId, long seed) {
        Simulator.Builder b = Simulator.builder().kind(kind).unit(unit).rateHz(rateHz).seed(seed)
                .ballsCentreTaxel(centreTaxel).durationSeconds(seconds == null ? 0 : seconds);
        if (deviceId != null) {
            b.deviceId(deviceId);
        }
        try {
            b.script(scenario);
            if (spm != null) {
                b.script(b.build().script().withStartSpm(spm));
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--scenario: " + e.getMessage(), e);
        }
    }

    /** The ground truth of a finished simulator with this spec's thresholds (the kind's defaults when not given). */
    public GroundTruth truth(Simulator sim) {
        double over = overpressureKpa != null ? overpressureKpa : DefaultThresholds.overpressureKpa(kind);
        double sp = spineKpa != null ? spineKpa : DefaultThresholds.spineKpa(kind);
        return sim.groundTruth(over, sp, spineZoneMm);
    }
}
