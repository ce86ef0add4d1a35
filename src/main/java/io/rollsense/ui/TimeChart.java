package io.rollsense.ui;

import io.rollsense.report.Decimator;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Pressure over time: one line per taxel with the overpressure and spine threshold lines above,
 * total load below, scrolling over a window of 10 s .. 10 min. Fed decimated points
 * ({@link Decimator}) from a ring snapshot on the Swing thread.
 */
final class TimeChart {
    private static final int MAX_COLUMNS = 2048;
    private static final String TITLE = "Pressure over time (one line per taxel, colours as across the device)";
    private final JFreeChart chart;
    private final XYPlot taxelPlot;
    private final XYPlot totalPlot;
    private final NumberAxis timeAxis;
    private final ColumnDataset taxels;
    private final ColumnDataset total;
    private final ValueMarker overMarker;
    private final ValueMarker spineMarker;
    private final AxisCeiling taxelCeiling = new AxisCeiling();
    private final AxisCeiling totalCeiling = new AxisCeiling();
    private final int channels;

    TimeChart(int channels, double[] positionsMm) {
        this.channels = channels;
        String[] keys = new String[channels];
        for (int c = 0; c < channels; c++) {
            keys[c] = String.format(java.util.Locale.ROOT, "%+.0f mm", positionsMm[c]);
        }
        taxels = new ColumnDataset(keys, 2 * MAX_COLUMNS);
        total = new ColumnDataset(new String[] {"total load"}, 2 * MAX_COLUMNS);

        XYLineAndShapeRenderer taxelRenderer = lines();
        for (int c = 0; c < channels; c++) {
            taxelRenderer.setSeriesPaint(c, ChartStyle.taxel(c, channels));
        }
        NumberAxis kpa = new NumberAxis("pressure (kPa)");
        taxelPlot = new XYPlot(taxels, null, kpa, taxelRenderer);
        overMarker = threshold("too hard", ChartStyle.ALERT);
        spineMarker = threshold("spine limit", ChartStyle.SPINE);
        taxelPlot.addRangeMarker(overMarker, Layer.FOREGROUND);
        taxelPlot.addRangeMarker(spineMarker, Layer.FOREGROUND);

        XYLineAndShapeRenderer totalRenderer = lines();
        totalRenderer.setSeriesPaint(0, ChartStyle.TOTAL);
        totalPlot = new XYPlot(total, null, new NumberAxis("total (kPa)"), totalRenderer);

        timeAxis = ChartStyle.clockAxis("session time");
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(timeAxis);
        combined.setGap(12);
        combined.add(taxelPlot, 3);
        combined.add(totalPlot, 1);
        chart = new JFreeChart(TITLE, ChartStyle.TITLE, combined, false);
        ChartStyle.apply(chart, taxelPlot);
        // Anti-aliased or wider dense lines cost 4x the repaint time (docs/performance.md): 1 px
        // lines without anti-aliasing take Java2D's fast path; text keeps anti-aliasing.
        chart.setAntiAlias(false);
        ChartStyle.axes(totalPlot);
        ChartStyle.font(timeAxis);
        timeAxis.setRange(0, 60);
    }

    private static XYLineAndShapeRenderer lines() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        r.setDefaultStroke(ChartStyle.SERIES);
        r.setAutoPopulateSeriesStroke(false);
        return r;
    }

    private static ValueMarker threshold(String label, Color colour) {
        ValueMarker m = new ValueMarker(0, colour, ChartStyle.DASHED);
        m.setLabel(label);
        m.setLabelFont(ChartStyle.LABEL);
        m.setLabelPaint(colour);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        return m;
    }

    /** Shows in the title that the view is paused (analysis and recording go on). */
    void paused(boolean paused) {
        chart.setTitle(paused ? "VIEW PAUSED (analysis and recording go on): press Space to resume" : TITLE);
        chart.getTitle().setFont(ChartStyle.TITLE);
        chart.getTitle().setPaint(paused ? ChartStyle.WARN : ChartStyle.TEXT);
    }

    JFreeChart chart() {
        return chart;
    }

    int channels() {
        return channels;
    }

    /** Sets the threshold lines in kPa. */
    void thresholds(double overpressureKpa, double spineKpa) {
        overMarker.setValue(overpressureKpa);
        spineMarker.setValue(spineKpa);
        taxelCeiling.floor(overpressureKpa * 1.2);
    }

    /**
     * Refills the datasets with the window ending at {@code nowMs}, decimated to {@code columns}
     * pixel columns, and sets the axes. One dataset event per plot.
     */
    void update(SampleRing.Snapshot s, long nowMs, long windowMs, int columns) {
        int cols = Math.max(1, Math.min(columns, MAX_COLUMNS));
        long from = Math.max(0, nowMs - windowMs);
        long to = Math.max(from + 1, nowMs);
        float peak = 0;
        for (int c = 0; c < channels; c++) {
            int n = Decimator.minMax(s.timesMs, s.values[c], s.count, from, to, cols, taxels.xs(c), taxels.ys(c));
            taxels.setCount(c, n);
            peak = Math.max(peak, max(taxels.ys(c), n));
        }
        int n = Decimator.minMax(s.timesMs, s.values[channels], s.count, from, to, cols, total.xs(0), total.ys(0));
        total.setCount(0, n);
        AxisCeiling.apply(taxelPlot.getRangeAxis(), taxelCeiling.next(peak));
        AxisCeiling.apply(totalPlot.getRangeAxis(), totalCeiling.next(max(total.ys(0), n)));
        timeAxis.setRange(from / 1000.0, Math.max(from + windowMs, to) / 1000.0);
        taxels.changed();
        total.changed();
    }

    double ceilingKpa() {
        return taxelPlot.getRangeAxis().getUpperBound();
    }

    private static float max(double[] ys, int n) {
        double m = 0;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, ys[i]);
        }
        return (float) m;
    }
}
