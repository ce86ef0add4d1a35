package io.rollsense.ui.review;

import io.rollsense.report.SessionCharts;
import io.rollsense.session.SessionData;
import java.awt.BasicStroke;
import java.awt.Color;
import javax.swing.Timer;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The review timeline: per-taxel and spine pressure above, cadence below, on one time axis, with
 * alerts shaded, strokes marked and a playback cursor. Mouse-wheel zoom, drag to zoom a range,
 * Ctrl-drag to pan; the taxel series are re-decimated for the visible range after each zoom.
 * Swing event thread only.
 */
final class ReviewChart {
    private static final int COLUMNS = 1000;
    private final SessionData data;
    private final double scale;
    private final CombinedDomainXYPlot plot;
    private final XYSeriesCollection taxels;
    private final ValueMarker[] cursors = new ValueMarker[2];
    private final ChartPanel panel;
    private final Timer redecimate;

    ReviewChart(SessionData data) {
        this.data = data;
        this.scale = SessionCharts.xScale(data);
        XYPlot pressure = SessionCharts.timeline(data, COLUMNS).getXYPlot();
        XYPlot cadence = SessionCharts.cadence(data).getXYPlot();
        SessionCharts.markEvents(cadence, data, scale, COLUMNS);
        if (cadence.getDatasetCount() > 1 && cadence.getRenderer(cadence.getDatasetCount() - 1) != null) {
            cadence.getRenderer(cadence.getDatasetCount() - 1).setSeriesVisibleInLegend(0, false); // strokes: once
        }
        taxels = (XYSeriesCollection) pressure.getDataset(0);
        NumberAxis time = SessionCharts.timeAxis(data);
        plot = new CombinedDomainXYPlot(time);
        plot.setGap(6);
        plot.add(pressure, 3);
        plot.add(cadence, 1);
        plot.setDomainPannable(true);
        time.setRange(0, Math.max(1, data.frames().durationMs()) / scale);
        int i = 0;
        for (XYPlot p : new XYPlot[] {pressure, cadence}) {
            cursors[i] = new ValueMarker(0, new Color(0x0D, 0x47, 0xA1), new BasicStroke(2f));
            p.addDomainMarker(cursors[i++]);
        }
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(false); // dense 1 px lines: several times cheaper to paint, and crisp
        chart.setTextAntiAlias(true);
        panel = new ChartPanel(chart, false);
        panel.setMouseWheelEnabled(true);
        panel.setMouseZoomable(true);
        panel.setDomainZoomable(true);
        panel.setRangeZoomable(false);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        redecimate = new Timer(120, e -> refill());
        redecimate.setRepeats(false);
        time.addChangeListener(e -> redecimate.restart());
    }

    ChartPanel panel() {
        return panel;
    }

    /** The visible time range in ms since the first frame. */
    long[] visibleMs() {
        Range r = plot.getDomainAxis().getRange();
        return new long[] {(long) (r.getLowerBound() * scale), (long) (r.getUpperBound() * scale)};
    }

    /** Shows {@code fromMs..toMs}. */
    void show(long fromMs, long toMs) {
        plot.getDomainAxis().setRange(Math.max(0, fromMs) / scale, Math.max(fromMs + 1, toMs) / scale);
    }

    /** Shows the whole session. */
    void showAll() {
        show(0, Math.max(1, data.frames().durationMs()));
    }

    /** Moves the playback cursor; pans so that it stays visible. */
    void cursor(long ms) {
        for (ValueMarker m : cursors) {
            m.setValue(ms / scale);
        }
        long[] v = visibleMs();
        if (ms < v[0] || ms > v[1]) {
            long w = v[1] - v[0];
            show(ms - w / 10, ms - w / 10 + w);
        }
    }

    private void refill() {
        long[] v = visibleMs();
        SessionCharts.fillTaxels(taxels, data, v[0], v[1], COLUMNS);
    }
}
