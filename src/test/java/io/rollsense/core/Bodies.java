package io.rollsense.core;

/** Test helper: a back lying on the device, as literal formulas. */
final class Bodies {
    private Bodies() {
    }

    /** Two muscle ridges ±50 mm either side of the spine at {@code spineMm}, peak {@code ridgeKpa}. */
    static double ridges(double xMm, double spineMm, double ridgeKpa) {
        return ridgeKpa * (gauss(xMm - spineMm - 50) + gauss(xMm - spineMm + 50));
    }

    /** Ridge pressure modulated by rolling at {@code spm} strokes/min with relative depth {@code depth}. */
    static double rolling(double tS, double spm, double depth, double baseKpa) {
        return baseKpa * (1 + depth * Math.sin(2 * Math.PI * spm / 60 * tS));
    }

    private static double gauss(double u) {
        return Math.exp(-u * u / (2 * 25 * 25));
    }
}
