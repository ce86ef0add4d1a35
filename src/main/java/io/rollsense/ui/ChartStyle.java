package io.rollsense.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/** Colours, fonts and strokes shared by the live charts: large, calm, readable from 2 m. */
final class ChartStyle {
    static final Color BACKGROUND = new Color(0xFA, 0xFB, 0xFC);
    static final Color GRID = new Color(0xE1, 0xE5, 0xEA);
    static final Color TEXT = new Color(0x33, 0x3B, 0x45);
    static final Color OK = new Color(0x2E, 0x8B, 0x57);
    static final Color OK_BG = new Color(0xE3, 0xF4, 0xE8);
    static final Color ALERT = io.rollsense.report.Palette.TOO_HARD;
    static final Color WARN = new Color(0xE0, 0x8A, 0x00);
    static final Color SPINE = io.rollsense.report.Palette.SPINE;
    static final Color SPINE_ZONE = new Color(SPINE.getRed(), SPINE.getGreen(), SPINE.getBlue(), 0x22);
    static final Color TOTAL = new Color(0x45, 0x5A, 0x64);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Stroke SERIES = new BasicStroke(1f);
    static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 6f}, 0f);

    private ChartStyle() {
    }

    /** Colour of taxel {@code i} of {@code n}: the calm ramp of {@link io.rollsense.report.Palette#taxel}. */
    static Color taxel(int i, int n) {
        return io.rollsense.report.Palette.taxel(i, n);
    }

    /** Applies the calm look to a chart and its XY plot. */
    static void apply(JFreeChart chart, XYPlot plot) {
        chart.setBackgroundPaint(BACKGROUND);
        chart.setPadding(new RectangleInsets(4, 8, 4, 22));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
            chart.getTitle().setPaint(TEXT);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(TICK);
            chart.getLegend().setBackgroundPaint(BACKGROUND);
        }
        axes(plot);
    }

    /** Plot colours and axis fonts. */
    static void axes(XYPlot plot) {
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            font(plot.getRangeAxis(i));
        }
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            font(plot.getDomainAxis(i));
        }
    }

    static void font(ValueAxis axis) {
        if (axis != null) {
            axis.setTickLabelFont(TICK);
            axis.setLabelFont(LABEL);
            axis.setTickLabelPaint(TEXT);
            axis.setLabelPaint(TEXT);
        }
    }

    /** An axis in seconds labelled m:ss (the one clock axis of the review and reports, too). */
    static NumberAxis clockAxis(String label) {
        NumberAxis axis = new io.rollsense.report.ClockAxis(label, 1000);
        axis.setAutoRange(false);
        return axis;
    }

    /** A chart panel for the live view: no zoom, popup or focus; small preferred size. */
    static ChartPanel panel(JFreeChart chart) {
        ChartPanel p = new ChartPanel(chart, false, false, false, false, false);
        p.setMinimumDrawWidth(200);
        p.setMinimumDrawHeight(150);
        p.setMaximumDrawWidth(4000);
        p.setMaximumDrawHeight(3000);
        p.setDomainZoomable(false);
        p.setRangeZoomable(false);
        p.setMouseWheelEnabled(false);
        p.setPopupMenu(null);
        p.setFocusable(false);
        p.setPreferredSize(new java.awt.Dimension(400, 260)); // small: the layout gives charts the spare room
        p.setMinimumSize(new java.awt.Dimension(200, 150));
        return p;
    }
}
