package io.rollsense.ui;

import io.rollsense.core.PressureField;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultIntervalXYDataset;

/**
 * The width profile now: a bar per taxel at its lateral position (mm), the spine line with its
 * ±zone shaded, the spine limit drawn across the zone and the overpressure line. Bars on the
 * spine zone above the spine limit turn purple, bars above the overpressure line red.
 */
final class ProfileChart {
    private final JFreeChart chart;
    private final XYPlot plot;
    private final DefaultIntervalXYDataset dataset = new DefaultIntervalXYDataset();
    private final double[] positionsMm;
    private final double barHalfMm;
    private final Paint[] barPaint;
    private final ValueMarker spineLine = new ValueMarker(0, ChartStyle.SPINE, new BasicStroke(3f));
    private final IntervalMarker spineZone = new IntervalMarker(0, 0, ChartStyle.SPINE_ZONE);
    private final ValueMarker overLine = new ValueMarker(0, ChartStyle.ALERT, ChartStyle.DASHED);
    private XYLineAnnotation spineLimit;
    private double spineZoneMm;
    private double spineKpa;

    ProfileChart(double[] positionsMm) {
        this.positionsMm = positionsMm.clone();
        double spacing = Double.MAX_VALUE;
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int i = 0; i < positionsMm.length; i++) {
            lo = Math.min(lo, positionsMm[i]);
            hi = Math.max(hi, positionsMm[i]);
            if (i > 0) {
                spacing = Math.min(spacing, Math.abs(positionsMm[i] - positionsMm[i - 1]));
            }
        }
        if (spacing == Double.MAX_VALUE || spacing <= 0) {
            spacing = 30;
        }
        barHalfMm = spacing * 0.38;
        barPaint = new Paint[positionsMm.length];
        XYBarRenderer renderer = new XYBarRenderer() {
            @Override
            public Paint getItemPaint(int series, int item) {
                return barPaint[item] == null ? Color.GRAY : barPaint[item];
            }
        };
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        NumberAxis x = new NumberAxis("across the device (mm, left − / right +)");
        x.setRange(lo - spacing * 0.7, hi + spacing * 0.7);
        NumberAxis y = new NumberAxis("kPa");
        plot = new XYPlot(dataset, x, y, renderer);
        spineZone.setLabel("spine zone");
        spineZone.setLabelFont(ChartStyle.LABEL);
        spineZone.setLabelPaint(ChartStyle.SPINE);
        spineZone.setLabelAnchor(RectangleAnchor.TOP);
        spineZone.setLabelTextAnchor(TextAnchor.TOP_CENTER);
        spineZone.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        overLine.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        overLine.setLabel("too hard");
        overLine.setLabelFont(ChartStyle.LABEL);
        overLine.setLabelPaint(ChartStyle.ALERT);
        overLine.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        overLine.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addDomainMarker(spineZone, Layer.BACKGROUND);
        plot.addDomainMarker(spineLine, Layer.FOREGROUND);
        plot.addRangeMarker(overLine, Layer.FOREGROUND);
        chart = new JFreeChart("Across the device now", ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart, plot);
        showSpine(false);
    }

    JFreeChart chart() {
        return chart;
    }

    void thresholds(double overpressureKpa, double spineKpa, double spineZoneMm) {
        overLine.setValue(overpressureKpa);
        this.spineKpa = spineKpa;
        this.spineZoneMm = spineZoneMm;
    }

    /** Shows one field (or none) with the y axis up to {@code ceilingKpa}. */
    void update(PressureField f, double ceilingKpa) {
        int n = positionsMm.length;
        double[][] data = new double[6][n];
        boolean spineKnown = f != null && f.loaded() && Double.isFinite(f.spineLineMm());
        for (int i = 0; i < n; i++) {
            double p = f == null || i >= f.pressuresKpa().length ? 0 : f.pressuresKpa()[i];
            data[0][i] = positionsMm[i];
            data[1][i] = positionsMm[i] - barHalfMm;
            data[2][i] = positionsMm[i] + barHalfMm;
            data[3][i] = p;
            data[4][i] = p;
            data[5][i] = p;
            boolean onSpine = spineKnown && Math.abs(positionsMm[i] - f.spineLineMm()) <= spineZoneMm;
            if (p > overLine.getValue()) {
                barPaint[i] = ChartStyle.ALERT;
            } else if (onSpine && p > spineKpa) {
                barPaint[i] = ChartStyle.SPINE;
            } else {
                barPaint[i] = ChartStyle.taxel(i, n);
            }
        }
        showSpine(spineKnown);
        if (spineKnown) {
            double s = f.spineLineMm();
            spineLine.setValue(s);
            spineZone.setStartValue(s - spineZoneMm);
            spineZone.setEndValue(s + spineZoneMm);
            if (spineLimit != null) {
                plot.getRenderer().removeAnnotation(spineLimit);
            }
            spineLimit = new XYLineAnnotation(s - spineZoneMm, spineKpa, s + spineZoneMm, spineKpa,
                    ChartStyle.DASHED, ChartStyle.SPINE);
            plot.getRenderer().addAnnotation(spineLimit);
        } else if (spineLimit != null) {
            plot.getRenderer().removeAnnotation(spineLimit);
            spineLimit = null;
        }
        AxisCeiling.apply(plot.getRangeAxis(), ceilingKpa);
        dataset.addSeries("pressure", data);
    }

    private void showSpine(boolean visible) {
        spineLine.setAlpha(visible ? 1f : 0f);
        spineZone.setAlpha(visible ? 1f : 0f);
    }
}
