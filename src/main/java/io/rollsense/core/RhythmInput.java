package io.rollsense.core;

/**
 * The three rhythm signals of one frame, from glitch-free (median-filtered) taxel pressures: total
 * load (kPa), lateral centre of pressure (mm) and lateral spread (load-weighted standard deviation
 * of taxel position, mm); the last two are NaN when nothing rests on the device. Reused per frame.
 */
final class RhythmInput {
    double totalKpa;
    double copMm;
    double spreadMm;

    void compute(double[] kpa, double[] posMm) {
        double total = 0;
        double moment = 0;
        for (int i = 0; i < kpa.length; i++) {
            total += kpa[i];
            moment += kpa[i] * posMm[i];
        }
        totalKpa = total;
        if (!(total >= Analyzer.LOAD_KPA)) {
            copMm = Double.NaN;
            spreadMm = Double.NaN;
            return;
        }
        double cop = moment / total;
        double var = 0;
        for (int i = 0; i < kpa.length; i++) {
            double dx = posMm[i] - cop;
            var += kpa[i] * dx * dx;
        }
        copMm = cop;
        spreadMm = Math.sqrt(var / total);
    }
}
