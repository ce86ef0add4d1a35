package io.rollsense.testing;

import io.rollsense.core.PressureField;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;

/**
 * A test feed for the view (no simulator or analyzer needed): someone rolling at a cadence on an
 * 8-taxel roller, two muscle ridges either side of the spine; {@code spineLoad} &gt; 1 rolls onto
 * the spine. Pure function of time.
 */
public final class SyntheticRoll {
    public static final double[] POSITIONS_MM = {-105, -75, -45, -15, 15, 45, 75, 105};
    public static final Hello HELLO = new Hello("synthetic-roller", DeviceKind.ROLLER, 100, PressureUnit.KPA, POSITIONS_MM);

    private SyntheticRoll() {
    }

    /** The field at {@code tMs} for a cadence (spm) and a spine load factor (0.2 normal, 2 on the spine). */
    public static PressureField field(long tMs, double spm, double spineLoad) {
        double phase = 2 * Math.PI * spm / 60.0 * tMs / 1000.0;
        double load = 30 + 12 * Math.sin(phase) + 2 * Math.sin(7.3 * phase);
        double spine = 8 * Math.sin(2 * Math.PI * tMs / 23_000.0);
        int n = POSITIONS_MM.length;
        double[] p = new double[n];
        double total = 0;
        double max = 0;
        int maxCh = 0;
        double spineP = 0;
        double copNum = 0;
        for (int i = 0; i < n; i++) {
            double x = POSITIONS_MM[i];
            double ridge = gauss(x - spine - 50, 28) + gauss(x - spine + 50, 28);
            double v = load * (ridge + spineLoad * gauss(x - spine, 14)) + 0.8 * Math.sin(tMs * 0.37 + i);
            p[i] = Math.max(0, v);
            total += p[i];
            copNum += p[i] * x;
            if (p[i] > max) {
                max = p[i];
                maxCh = i;
            }
            if (Math.abs(x - spine) <= 20) {
                spineP = Math.max(spineP, p[i]);
            }
        }
        return new PressureField(tMs, p, total, true, copNum / total, spine, spineP, max, maxCh);
    }

    private static double gauss(double d, double sigma) {
        return Math.exp(-d * d / (2 * sigma * sigma));
    }
}
