package io.rollsense.core;

/**
 * The per-frame numbers behind a {@link PressureField}, computed without allocation-heavy copies:
 * measured total, highest taxel, centre of pressure, spine line and spine pressure (highest taxel
 * within ±zone of the spine line, no interpolation), plus the filtered values the detectors use.
 */
record FieldState(long timeMs, double totalKpa, boolean loaded, double copMm, double spineLineMm,
                  double maxKpa, int maxChannel, double filteredMaxKpa,
                  double spineKpa, int spineChannel, double filteredSpineKpa) {

    static FieldState compute(long t, double[] measured, double[] filtered, double[] posMm, boolean loaded,
                              SpineLine spineLine, double zoneMm) {
        double total = 0;
        double moment = 0;
        double max = 0;
        int maxCh = 0;
        double fMax = 0;
        for (int i = 0; i < measured.length; i++) {
            double p = measured[i];
            total += p;
            moment += p * posMm[i];
            if (p > max) {
                max = p;
                maxCh = i;
            }
            fMax = Math.max(fMax, filtered[i]);
        }
        if (!loaded || !(total > 0)) {
            spineLine.reset();
            return new FieldState(t, total, false, Double.NaN, Double.NaN, max, maxCh, fMax, 0, -1, 0);
        }
        double cop = moment / total;
        double line = spineLine.add(t, cop);
        double spine = 0;
        int spineCh = -1;
        double fSpine = 0;
        for (int i = 0; i < measured.length; i++) {
            if (Math.abs(posMm[i] - line) <= zoneMm) {
                if (spineCh < 0 || measured[i] > spine) {
                    spine = measured[i];
                    spineCh = i;
                }
                fSpine = Math.max(fSpine, filtered[i]);
            }
        }
        return new FieldState(t, total, true, cop, line, max, maxCh, fMax, spine, spineCh, fSpine);
    }

    PressureField toField(double[] measured) {
        return new PressureField(timeMs, measured.clone(), totalKpa, loaded, copMm, spineLineMm,
                spineKpa, maxKpa, maxChannel);
    }
}
