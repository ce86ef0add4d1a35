package io.rollsense.sim.alt;

import java.util.SplittableRandom;

/**
 * The back as a drawn shape. Along the back ({@code u}, 0 = low end of the travel, 1 = high end)
 * the load a device carries follows a smooth profile of one or two waves with random phases,
 * scaled so that it swings ±{@code swing} around 1 over the travel ({@code lowU..highU}). Across the back (lateral
 * {@code r} mm from the spine) two raised-cosine muscle ridges whose distance and width change along
 * the back, one side a little stronger, on a flat base as wide as the trunk, with a groove over the
 * spine. Immutable after drawing.
 */
final class AltBody {
    private final double f1;
    private final double p1;
    private final double f2;
    private final double p2;
    private final double a2;
    private double gMin;
    private double gMax;
    /** Half-swing of the load over the travel, share of the mean (0.10–0.35). */
    final double swing;
    private final double ridgeMm;
    private final double ridgeWaveMm;
    private final double ridgeWidthMm;
    private final double leftBias;
    private final double base;

    AltBody(SplittableRandom r, double swing, double lowU, double highU) {
        this.swing = swing;
        f1 = 0.35 + r.nextDouble() * 0.5;
        p1 = r.nextDouble();
        f2 = 0.8 + r.nextDouble() * 0.7;
        p2 = r.nextDouble();
        a2 = r.nextDouble() * 0.35;
        ridgeMm = 30 + r.nextDouble() * 20;
        ridgeWaveMm = 4 + r.nextDouble() * 10;
        ridgeWidthMm = 45 + r.nextDouble() * 25;
        leftBias = 0.85 + r.nextDouble() * 0.3;
        base = 0.2 + r.nextDouble() * 0.2;
        gMin = Double.POSITIVE_INFINITY;
        gMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= 200; i++) {
            double g = wave(lowU + (highU - lowU) * i / 200.0);
            gMin = Math.min(gMin, g);
            gMax = Math.max(gMax, g);
        }
    }

    private double wave(double u) {
        return Math.cos(2 * Math.PI * (f1 * u + p1)) + a2 * Math.cos(2 * Math.PI * (f2 * u + p2));
    }

    /** Load factor at {@code u} along the back (1 ± swing over the travel, never below 0.2). */
    double loadAlong(double u) {
        double g = (wave(u) - gMin) / (gMax - gMin);
        return Math.max(0.2, 1 + swing * (2 * g - 1));
    }

    /** Relative pressure under a point {@code rMm} from the spine at {@code u} (about 0..1.2). */
    double across(double rMm, double u) {
        double centre = ridgeMm + ridgeWaveMm * Math.sin(Math.PI * u * 1.3);
        double width = ridgeWidthMm * (1 + 0.2 * Math.cos(2 * Math.PI * u));
        double ridges = (rMm < 0 ? leftBias : 1) * bump((Math.abs(rMm) - centre) / width);
        double trunk = Math.abs(rMm) < 130 ? base : 0;
        double groove = 1 - 0.7 * bump(rMm / 12);
        return (ridges + trunk) * groove;
    }

    /** Raised cosine: 1 at 0, 0 from |z| = 1. */
    static double bump(double z) {
        return Math.abs(z) >= 1 ? 0 : 0.5 * (1 + Math.cos(Math.PI * z));
    }
}
