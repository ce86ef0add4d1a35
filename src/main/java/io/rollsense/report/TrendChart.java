package io.rollsense.report;

import io.rollsense.session.SessionSummary;
import io.rollsense.session.SessionTrend;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The trend across sessions: minutes rolled, alerts per session, pain before and after, by date. */
public final class TrendChart {
    private TrendChart() {
    }

    /** Builds the chart from summaries (any order). */
    public static JFreeChart create(List<SessionSummary> sessions) {
        XYSeries minutes = new XYSeries("minutes rolled");
        XYSeries alerts = new XYSeries("alerts");
        XYSeries before = new XYSeries("pain before");
        XYSeries after = new XYSeries("pain after");
        for (SessionSummary s : sessions) {
            minutes.add(s.startHostMs(), s.minutes());
            alerts.add(s.startHostMs(), s.totalAlerts());
            if (s.painBefore() != null) {
                before.add(s.startHostMs(), s.painBefore());
            }
            if (s.painAfter() != null) {
                after.add(s.startHostMs(), s.painAfter());
            }
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new DateAxis("session date"));
        plot.setGap(8);
        plot.add(sub(new XYSeriesCollection(minutes), "minutes", new Color(0x15, 0x65, 0xC0)), 1);
        plot.add(sub(new XYSeriesCollection(alerts), "alerts", Palette.TOO_HARD), 1);
        XYSeriesCollection pain = new XYSeriesCollection(before);
        pain.addSeries(after);
        XYPlot painPlot = sub(pain, "pain 0–10", new Color(0x37, 0x47, 0x4F));
        painPlot.getRenderer().setSeriesPaint(1, new Color(0x2E, 0x7D, 0x32));
        painPlot.getRangeAxis().setRange(0, 10.5);
        org.jfree.chart.plot.IntervalMarker high = new org.jfree.chart.plot.IntervalMarker(SessionTrend.HIGH_PAIN, 10.5,
                new Color(0xC6, 0x28, 0x28, 30));
        high.setLabel("high pain");
        high.setLabelBackgroundColor(SessionCharts.CLEAR);
        high.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        high.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        high.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(3, 6, 3, 3));
        painPlot.addRangeMarker(high, org.jfree.chart.ui.Layer.BACKGROUND);
        plot.add(painPlot, 1);
        JFreeChart chart = new JFreeChart("Across sessions", SessionCharts.TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static XYPlot sub(XYSeriesCollection data, String label, Color colour) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, colour);
        r.setDefaultStroke(new BasicStroke(2f));
        r.setAutoPopulateSeriesStroke(false);
        NumberAxis y = new NumberAxis(label);
        y.setAutoRangeIncludesZero(true);
        if (!label.equals("minutes")) {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        XYPlot p = new XYPlot(data, null, y, r);
        SessionCharts.style(p);
        return p;
    }
}
