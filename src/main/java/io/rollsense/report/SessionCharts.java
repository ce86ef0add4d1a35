package io.rollsense.report;

import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.DefaultThresholds;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Hello;
import io.rollsense.session.FieldSeries;
import io.rollsense.session.FrameColumns;
import io.rollsense.session.SessionData;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of one session, shared by the HTML report (saved as PNG) and the review window
 * (shown in chart panels): timeline, width-profile heat map and cadence. Long series are
 * decimated to {@code columns} pixel columns. Build on any thread; show on the Swing thread.
 */
public final class SessionCharts {
    static final Color SPINE = Palette.SPINE;
    static final Color OVER = Palette.TOO_HARD;
    static final Color CLEAR = new Color(255, 255, 255, 0);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private SessionCharts() {
    }

    /** ms per x-axis unit: seconds for sessions up to 10 minutes, minutes beyond. */
    public static double xScale(SessionData d) {
        return d.frames().durationMs() > 600_000 ? 60_000.0 : 1000.0;
    }

    /** X-axis label: times are written m:ss whatever the {@link #xScale}. */
    public static String xLabel(SessionData d) {
        return "session time (m:ss)";
    }

    /** A time axis for {@code d}: values in {@link #xScale} units, ticks labelled m:ss. */
    public static NumberAxis timeAxis(SessionData d) {
        return new ClockAxis(xLabel(d), xScale(d));
    }

    /** Per-taxel pressure and spine pressure over time, alerts shaded, strokes marked, thresholds drawn. */
    public static JFreeChart timeline(SessionData d, int columns) {
        FrameColumns f = d.frames();
        Hello h = d.hello();
        double scale = xScale(d);
        XYSeriesCollection taxels = new XYSeriesCollection();
        fillTaxels(taxels, d, 0, Long.MAX_VALUE, columns);
        String unit = h == null ? "value" : h.unit().wireName();
        XYPlot plot = new XYPlot(taxels, timeAxis(d), new NumberAxis("taxel pressure (" + unit + ")"),
                lines(f.channels(), 1f));
        XYLineAndShapeRenderer taxelRenderer = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int ch = 0; ch < f.channels(); ch++) {
            taxelRenderer.setSeriesPaint(ch, taxelColour(ch, f.channels()));
        }
        FieldSeries fs = d.fields();
        boolean dense = averaged(f.size(), columns);
        XYSeries spine = new XYSeries(dense ? "highest spine pressure (kPa)" : "spine pressure (kPa)", false, true);
        XYSeriesCollection analysed = new XYSeriesCollection(spine);
        if (dense) {
            Decimator.max(fs::timeMs, fs::spineKpa, 0, fs.size(), columns, scale, spine);
            XYSeries peak = new XYSeries("highest taxel pressure (kPa)", false, true);
            Decimator.max(fs::timeMs, fs::maxKpa, 0, fs.size(), columns, scale, peak);
            analysed.addSeries(peak);
        } else {
            Decimator.minMax(fs::timeMs, fs::spineKpa, 0, fs.size(), columns, scale, spine);
        }
        plot.setDataset(1, analysed);
        XYLineAndShapeRenderer spineRenderer = lines(2, dense ? 1f : 2.2f);
        spineRenderer.setSeriesPaint(0, SPINE);
        spineRenderer.setSeriesPaint(1, OVER);
        plot.setRenderer(1, spineRenderer);
        if (!"kPa".equals(unit)) {
            plot.setRangeAxis(1, new NumberAxis("spine pressure (kPa)"));
            plot.mapDatasetToRangeAxis(1, 1);
        }
        DeviceKind kind = h == null ? DeviceKind.ROLLER : h.kind();
        double overKpa = setting(d, "overpressureKpa", DefaultThresholds.overpressureKpa(kind));
        plot.addRangeMarker(threshold(setting(d, "spineKpa", DefaultThresholds.spineKpa(kind)), "spine limit", SPINE));
        plot.addRangeMarker(threshold(overKpa, "overpressure limit", OVER));
        if ("kPa".equals(unit)) {
            double top = Math.max(overKpa, Math.max(taxels.getRangeUpperBound(false), spine.getMaxY()));
            plot.getRangeAxis().setRange(0, top * 1.08);
        }
        if (f.durationMs() > 0) {
            plot.getDomainAxis().setRange(0, f.durationMs() / scale);
        }
        markEvents(plot, d, scale, columns);
        style(plot);
        JFreeChart chart = new JFreeChart("Pressure timeline", TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        if (dense) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle("Long session: taxels as mean per pixel column, spine and taxel pressure as the "
                    + "highest per pixel column (review zooms in to single strokes)", new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        }
        return chart;
    }

    /**
     * Fills (or refills) one series per taxel with the decimated frames between {@code fromMs} and
     * {@code toMs} (device ms since the first frame), x in {@link #xScale} units.
     */
    public static void fillTaxels(XYSeriesCollection taxels, SessionData d, long fromMs, long toMs, int columns) {
        FrameColumns f = d.frames();
        Hello h = d.hello();
        double scale = xScale(d);
        int from = Math.max(0, f.indexAtOrAfter(fromMs) - 1);
        int to = toMs == Long.MAX_VALUE ? f.size() : Math.min(f.size(), f.indexAtOrAfter(toMs) + 1);
        for (int ch = 0; ch < f.channels(); ch++) {
            XYSeries s;
            if (ch < taxels.getSeriesCount()) {
                s = taxels.getSeries(ch);
                s.setNotify(false);
                s.clear();
            } else {
                String name = h == null ? "taxel " + ch : String.format("taxel %d (%+.0f mm)", ch, h.positionMm(ch));
                s = new XYSeries(name, false, true);
                s.setNotify(false);
                taxels.addSeries(s);
            }
            final int c = ch;
            if (averaged(to - from, columns)) {
                Decimator.mean(f::timeMs, i -> f.value(c, i), from, to, columns, scale, s);
            } else {
                Decimator.minMax(f::timeMs, i -> f.value(c, i), from, to, columns, scale, s);
            }
            s.setNotify(true);
        }
    }

    /** Whether taxel series of {@code frames} frames over {@code columns} columns are drawn as means. */
    public static boolean averaged(int frames, int columns) {
        return frames > 6L * columns;
    }

    /** Shades alert episodes and marks strokes (when fewer than one per 4 columns) on a time-axis plot. */
    public static void markEvents(XYPlot plot, SessionData d, double scale, int columns) {
        for (AlertEpisode a : AlertEpisode.from(d.events(), d.frames().durationMs())) {
            Color c = a.kind() == AlertKind.SPINE ? SPINE : OVER;
            long minMs = Math.max(200, d.frames().durationMs() / Math.max(1, columns));
            IntervalMarker m = new IntervalMarker(a.startMs() / scale, Math.max(a.endMs(), a.startMs() + minMs) / scale,
                    new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
            plot.addDomainMarker(m, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        long strokeCount = d.events().stream().filter(te -> te.event() instanceof AnalysisEvent.Stroke).count();
        if (strokeCount * 4 > columns) {
            return; // too dense to mark one by one: the cadence chart shows the rhythm
        }
        XYSeries strokes = new XYSeries("strokes", false, true);
        for (SessionData.TimedEvent te : d.events()) {
            if (te.event() instanceof AnalysisEvent.Stroke s) {
                strokes.add(s.timeMs() / scale, 0, false);
            }
        }
        // Strokes as short ticks on the time axis: cheap to draw and readable even at 1000 per chart.
        int index = plot.getDatasetCount();
        plot.setDataset(index, new XYSeriesCollection(strokes));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, new java.awt.Rectangle(-1, -9, 2, 9));
        r.setSeriesPaint(0, new Color(0x42, 0x42, 0x42));
        plot.setRenderer(index, r);
    }

    /** Width profile: pressure per taxel position (y) over time (x), mean per time bin, as a heat map. */
    public static JFreeChart heatmap(SessionData d, int bins) {
        FrameColumns f = d.frames();
        Hello h = d.hello();
        double scale = xScale(d);
        int n = f.channels();
        long span = Math.max(1, f.durationMs());
        int b = (int) Math.max(1, Math.min(bins, f.size()));
        double[][] sum = new double[n][b];
        int[] count = new int[b];
        for (int i = 0; i < f.size(); i++) {
            int bin = (int) Math.min(b - 1, f.timeMs(i) * b / span);
            count[bin]++;
            for (int ch = 0; ch < n; ch++) {
                sum[ch][bin] += f.value(ch, i);
            }
        }
        double[] xs = new double[n * b];
        double[] ys = new double[n * b];
        double[] zs = new double[n * b];
        double max = 0;
        double binWidth = span / (double) b / scale;
        for (int ch = 0; ch < n; ch++) {
            for (int k = 0; k < b; k++) {
                int j = ch * b + k;
                xs[j] = (k + 0.5) * binWidth;
                ys[j] = h == null ? ch : h.positionMm(ch);
                zs[j] = count[k] == 0 ? Double.NaN : sum[ch][k] / count[k];
                max = Math.max(max, Double.isNaN(zs[j]) ? 0 : zs[j]);
            }
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries("pressure", new double[][] {xs, ys, zs});
        XYBlockRenderer r = new XYBlockRenderer();
        r.setBlockWidth(binWidth);
        r.setBlockHeight(minSpacing(h, n));
        HeatPaintScale ps = new HeatPaintScale(max);
        r.setPaintScale(ps);
        NumberAxis y = new NumberAxis(h == null ? "taxel" : "lateral position (mm, − = left)");
        XYPlot plot = new XYPlot(ds, timeAxis(d), y, r);
        plot.getDomainAxis().setRange(0, span / scale);
        double half = minSpacing(h, n) / 2;
        y.setRange((h == null ? 0 : min(h)) - half, (h == null ? n - 1 : maxPos(h)) + half);
        style(plot);
        plot.setBackgroundPaint(Color.BLACK);
        JFreeChart chart = new JFreeChart("Width profile over time", TITLE, plot, false);
        NumberAxis legendAxis = new NumberAxis("pressure (" + (h == null ? "value" : h.unit().wireName()) + ")");
        legendAxis.setRange(0, ps.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(ps, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(10, 6, 30, 6));
        legend.setStripWidth(12);
        chart.addSubtitle(legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Cadence in strokes per minute over time, target band shaded, gaps where not rolling. */
    public static JFreeChart cadence(SessionData d) {
        double scale = xScale(d);
        XYSeries s = new XYSeries("cadence (strokes/min)", false, true);
        for (SessionData.TimedEvent te : d.events()) {
            if (te.event() instanceof AnalysisEvent.Cadence c) {
                s.add(c.timeMs() / scale, c.spm());
            }
        }
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), timeAxis(d),
                new NumberAxis("strokes per minute"), lines(1, 2f));
        plot.getRenderer().setSeriesPaint(0, new Color(0x15, 0x65, 0xC0));
        double lo = d.metadata().path("settings").path("targetMinSpm").asDouble(io.rollsense.core.AnalysisSettings.DEFAULTS.targetMinSpm());
        double hi = d.metadata().path("settings").path("targetMaxSpm").asDouble(io.rollsense.core.AnalysisSettings.DEFAULTS.targetMaxSpm());
        IntervalMarker band = new IntervalMarker(lo, hi, new Color(0x2E, 0x7D, 0x32, 40));
        band.setLabel("target " + fmtSpm(lo) + "–" + fmtSpm(hi));
        band.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        band.setLabelBackgroundColor(CLEAR);
        band.setLabelOffset(new RectangleInsets(2, 6, 2, 2));
        band.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        band.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        plot.addRangeMarker(band, org.jfree.chart.ui.Layer.BACKGROUND);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        plot.getRangeAxis().setUpperMargin(0.2);
        if (d.frames().durationMs() > 0) {
            plot.getDomainAxis().setRange(0, d.frames().durationMs() / scale);
        }
        style(plot);
        JFreeChart chart = new JFreeChart("Rolling cadence", TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    static double setting(SessionData d, String field, double dflt) {
        var n = d.metadata().path("settings").path(field);
        return n.isNumber() ? n.asDouble() : dflt;
    }

    private static ValueMarker threshold(double kpa, String label, Color c) {
        ValueMarker m = new ValueMarker(kpa, c, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1,
                new float[] {6, 4}, 0));
        m.setLabel(label + " " + Math.round(kpa) + " kPa");
        m.setLabelPaint(c);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        m.setLabelBackgroundColor(CLEAR);
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        return m;
    }

    static XYLineAndShapeRenderer lines(int series, float width) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDefaultStroke(new BasicStroke(width));
        r.setAutoPopulateSeriesStroke(false);
        return r;
    }

    /** Colour of taxel {@code ch} of {@code n}: left taxels blue, right taxels red, centre green. */
    public static Color taxelColour(int ch, int n) {
        return Palette.taxel(ch, n);
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
    }

    private static double minSpacing(Hello h, int n) {
        if (h == null || n < 2) {
            return 1;
        }
        double[] p = h.positionsMm();
        java.util.Arrays.sort(p);
        double m = Double.MAX_VALUE;
        for (int i = 1; i < p.length; i++) {
            m = Math.min(m, p[i] - p[i - 1]);
        }
        return m > 0 && m < Double.MAX_VALUE ? m : 1;
    }

    private static double min(Hello h) {
        return java.util.Arrays.stream(h.positionsMm()).min().orElse(0);
    }

    private static double maxPos(Hello h) {
        return java.util.Arrays.stream(h.positionsMm()).max().orElse(0);
    }

    /** Keeps the list type visible to callers that only need episodes. */
    static List<AlertEpisode> episodes(SessionData d) {
        return AlertEpisode.from(d.events(), d.frames().durationMs());
    }

    /** A band edge in strokes/min: whole numbers without decimals, 7.5 as 7.5. */
    private static String fmtSpm(double v) {
        return v == Math.rint(v) ? Long.toString(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
