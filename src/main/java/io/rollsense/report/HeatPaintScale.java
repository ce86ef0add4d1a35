package io.rollsense.report;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/** A perceptual dark-blue → teal → yellow colour scale for pressure heat maps (viridis-like). Immutable. */
final class HeatPaintScale implements PaintScale {
    private static final Color[] STOPS = {
        new Color(0x44, 0x01, 0x54), new Color(0x3b, 0x52, 0x8b), new Color(0x21, 0x91, 0x8c),
        new Color(0x5e, 0xc9, 0x62), new Color(0xfd, 0xe7, 0x25),
    };
    private final double upper;

    HeatPaintScale(double upper) {
        this.upper = upper > 0 ? upper : 1;
    }

    @Override
    public double getLowerBound() {
        return 0;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double f = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value / upper)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) f);
        double w = f - i;
        Color a = STOPS[i];
        Color b = STOPS[i + 1];
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * w),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * w),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * w));
    }
}
