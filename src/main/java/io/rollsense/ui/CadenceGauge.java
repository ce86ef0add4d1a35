package io.rollsense.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.RenderingHints;
import javax.swing.JComponent;

/**
 * A horizontal cadence scale (0..max spm) with the target band shaded green and a marker at the
 * current cadence; grey and marker-less when not rolling.
 */
final class CadenceGauge extends JComponent {
    private double minSpm;
    private double maxSpm;
    private final double scaleMaxSpm;
    private Double spm;
    private Color markerColour = ChartStyle.TEXT;

    CadenceGauge(double minSpm, double maxSpm) {
        this.minSpm = minSpm;
        this.maxSpm = maxSpm;
        this.scaleMaxSpm = Math.max(45, Math.ceil(maxSpm * 1.5 / 5) * 5);
        setPreferredSize(new Dimension(300, 58));
        setMinimumSize(new Dimension(200, 58));
        setName("cadenceGauge");
    }

    /** A new target band (a guided routine's step), strokes/min; Swing thread. */
    void band(double min, double max) {
        minSpm = min;
        maxSpm = max;
        repaint();
    }

    void set(Double spm, Color colour) {
        if (java.util.Objects.equals(spm, this.spm) && colour.equals(markerColour)) {
            return;
        }
        this.spm = spm;
        this.markerColour = colour;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int pad = 14;
        int w = getWidth() - 2 * pad;
        int barY = 10;
        int barH = 18;
        g.setColor(new Color(0xE6, 0xE9, 0xED));
        g.fillRoundRect(pad, barY, w, barH, barH, barH);
        int bandX0 = x(minSpm, pad, w);
        int bandX1 = x(maxSpm, pad, w);
        g.setColor(new Color(0xA5, 0xD6, 0xA7));
        g.fillRect(bandX0, barY, bandX1 - bandX0, barH);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.setColor(ChartStyle.TEXT);
        FontMetrics fm = g.getFontMetrics();
        for (double v : new double[] {0, minSpm, maxSpm, scaleMaxSpm}) {
            String s = v == scaleMaxSpm ? (long) v + " spm" : Long.toString((long) v);
            int cx = x(v, pad, w);
            int tx = Math.max(0, Math.min(getWidth() - fm.stringWidth(s), cx - fm.stringWidth(s) / 2));
            g.drawString(s, tx, barY + barH + fm.getAscent() + 4);
        }
        if (spm != null) {
            int mx = x(Math.min(spm, scaleMaxSpm), pad, w);
            g.setColor(markerColour);
            g.setStroke(new BasicStroke(3f));
            g.fillOval(mx - 11, barY + barH / 2 - 11, 22, 22);
            g.setColor(Color.WHITE);
            g.drawOval(mx - 11, barY + barH / 2 - 11, 22, 22);
        }
        g.dispose();
    }

    private int x(double v, int pad, int w) {
        return pad + (int) Math.round(Math.max(0, Math.min(1, v / scaleMaxSpm)) * w);
    }
}
