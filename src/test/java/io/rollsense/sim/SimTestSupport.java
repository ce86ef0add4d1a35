package io.rollsense.sim;

import io.rollsense.protocol.DeviceKind;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the simulator tests. */
final class SimTestSupport {
    private SimTestSupport() {
    }

    /** All lines of a run. */
    static List<String> lines(Simulator sim) {
        List<String> out = new ArrayList<>();
        for (String l = sim.nextLine(); l != null; l = sim.nextLine()) {
            out.add(l);
        }
        return out;
    }

    /** The default thresholds of the core (the simulator may not import core; values from DefaultThresholds). */
    static double overKpa(DeviceKind k) {
        return switch (k) {
            case ROLLER -> 60;
            case BALLS -> 120;
            case PAD -> 80;
        };
    }

    static double spineKpa(DeviceKind k) {
        return switch (k) {
            case ROLLER -> 25;
            case BALLS -> 40;
            case PAD -> 30;
        };
    }
}
