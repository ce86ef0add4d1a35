package io.rollsense.report;

import java.awt.Color;

/**
 * The alert colours every view shares (live window, review, reports), so that a colour means the
 * same thing everywhere: purple is the spine, red is too hard. Constants only; thread-safe.
 */
public final class Palette {
    /** Spine: pressure on the spine line (alert, limit line, bars on the spine). */
    public static final Color SPINE = new Color(0x6A, 0x1B, 0x9A);
    /** Too hard: overpressure (alert, limit line, bars over the limit, the alert banner). */
    public static final Color TOO_HARD = new Color(0xC6, 0x28, 0x28);

    private Palette() {
    }

    /** Colour of taxel {@code i} of {@code n}: a calm blue→teal→green→olive ramp, left to right, no reds. */
    public static Color taxel(int i, int n) {
        float t = n <= 1 ? 0.5f : (float) i / (n - 1);
        // interpolate through a few muted stops (no reds: red means alert)
        Color[] stops = {new Color(0x3B, 0x5B, 0xA9), new Color(0x1F, 0x8A, 0xA8), new Color(0x2A, 0x9D, 0x74),
            new Color(0x7C, 0xA0, 0x3A), new Color(0x9C, 0x7A, 0x2E)};
        float pos = t * (stops.length - 1);
        int k = Math.min((int) pos, stops.length - 2);
        float f = pos - k;
        Color a = stops[k];
        Color b = stops[k + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, float f) {
        return Math.round(a + (b - a) * f);
    }
}
