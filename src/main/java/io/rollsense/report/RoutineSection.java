package io.rollsense.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.rollsense.routine.RoutineJson;
import io.rollsense.routine.RoutineResult;
import io.rollsense.routine.StepVerdict;
import io.rollsense.session.SessionData;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The guided routine of a session in reports and review: its result read from the session's
 * {@code R} records (the final {@code routine_finished}, or, when the session ended without one,
 * the steps announced so far), the steps drawn on a time axis (green when done as asked, amber
 * with issues, grey when skipped, labelled with their number), and an HTML table of verdicts.
 * Stateless; thread-safe.
 */
public final class RoutineSection {
    static final Color GOOD = new Color(0x2E, 0x7D, 0x32);
    static final Color ISSUES = new Color(0xEF, 0x8F, 0x00);
    static final Color SKIPPED = new Color(0x90, 0x90, 0x90);

    private RoutineSection() {
    }

    /** The session's routine result, or {@code null} when it has none (or its records are unreadable). */
    public static RoutineResult of(SessionData d) {
        List<JsonNode> records = d.routineRecords();
        List<StepVerdict> announced = new ArrayList<>();
        String name = null;
        int planned = 0;
        long start = 0;
        try {
            for (int i = records.size() - 1; i >= 0; i--) {
                if ("routine_finished".equals(records.get(i).path("type").asText())) {
                    return RoutineJson.readResult(records.get(i));
                }
            }
            for (JsonNode r : records) {
                switch (r.path("type").asText()) {
                    case "routine_started" -> {
                        name = r.path("name").asText();
                        planned = r.path("steps").asInt();
                        start = r.path("timeMs").asLong();
                    }
                    case "step_ended" -> announced.add(RoutineJson.readVerdict(r));
                    default -> {
                        // later record types: skipped
                    }
                }
            }
            if (name == null || planned < Math.max(1, announced.size())) {
                return null;
            }
            long end = announced.isEmpty() ? start : announced.get(announced.size() - 1).endMs();
            return new RoutineResult(name, start, end, planned, announced, true, 0,
                    announced.size() + " of " + planned + " steps announced before the session ended");
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** Draws the steps as labelled bands behind a time-axis plot (x in ms / {@code scale}). */
    public static void markSteps(XYPlot plot, RoutineResult r, double scale) {
        for (StepVerdict v : r.steps()) {
            Color c = colour(v);
            IntervalMarker m = new IntervalMarker(v.startMs() / scale, v.endMs() / scale,
                    new Color(c.getRed(), c.getGreen(), c.getBlue(), 38), new BasicStroke(1f),
                    new Color(c.getRed(), c.getGreen(), c.getBlue(), 160), new BasicStroke(1f), 1f);
            m.setLabel((v.index() + 1) + (v.good() ? " ✓" : " !"));
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            m.setLabelPaint(c.darker());
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
    }

    /** Adds the steps to a chart whose plot is an {@link XYPlot} (the timeline and cadence charts). */
    public static void markSteps(JFreeChart chart, RoutineResult r, double scale) {
        if (r != null && chart.getPlot() instanceof XYPlot p) {
            markSteps(p, r, scale);
        }
    }

    public static Color colour(StepVerdict v) {
        return v.issues().contains(io.rollsense.routine.Issue.SKIPPED) ? SKIPPED : v.good() ? GOOD : ISSUES;
    }

    /** The routine's HTML section: the summary line and a table of steps with their verdicts. */
    static String html(RoutineResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("<h2>Routine: ").append(HtmlReport.esc(r.routine())).append("</h2>\n<p>").append(HtmlReport.esc(r.text()))
                .append("</p>\n<table>\n<tr><th>#</th><th>step</th><th>time</th><th>strokes</th><th>pace</th>"
                        + "<th>on pace</th><th>pressure in band</th><th>spine</th><th>on target</th><th>verdict</th></tr>\n");
        for (StepVerdict v : r.steps()) {
            sb.append("<tr style=\"border-left:6px solid #").append(String.format("%06x", colour(v).getRGB() & 0xFFFFFF))
                    .append("\"><td>").append(v.index() + 1).append("</td><td>").append(HtmlReport.esc(v.title()))
                    .append("</td><td>").append(AlertEpisode.clock(v.startMs())).append("–").append(AlertEpisode.clock(v.endMs()))
                    .append("</td><td>").append(v.strokes()).append("</td><td>")
                    .append(v.medianSpm() == null ? "-" : String.format(Locale.ROOT, "%.1f /min", v.medianSpm()))
                    .append("</td><td>").append(pct(v.onPaceShare())).append("</td><td>").append(pct(v.inPressureShare()))
                    .append("</td><td>").append(v.spineContacts()).append("</td><td>").append(pct(v.onTargetShare()))
                    .append("</td><td>").append(HtmlReport.esc(v.text())).append("</td></tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    private static String pct(Double share) {
        return share == null ? "-" : Math.round(share * 100) + " %";
    }
}
