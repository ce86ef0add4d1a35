package io.rollsense.report;

import io.rollsense.core.AlertKind;
import io.rollsense.session.SessionData;
import io.rollsense.session.SessionSummary;
import io.rollsense.session.SessionTrend;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes the report page: well-formed HTML5 (also parseable as XML) with relative PNG images. */
final class HtmlReport {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final StringBuilder sb = new StringBuilder(16_384);

    static String render(SessionData d, List<AlertEpisode> alerts, SessionTrend trend, List<String> images) {
        return new HtmlReport().page(d, alerts, trend, images);
    }

    private String page(SessionData d, List<AlertEpisode> alerts, SessionTrend trend, List<String> images) {
        SessionSummary s = d.summary();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>RollSense session ")
                .append(esc(s.id())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:1240px;margin:2em auto;color:#222;padding:0 1em}\n")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 10px;text-align:left}\n")
                .append("th{background:#f3f3f3}img{max-width:100%;display:block;margin:1em 0}\n")
                .append(".advice{background:#fdecea;border-left:4px solid #c62828;padding:.8em 1em;font-weight:bold}\n")
                .append(".note{color:#555}\n</style>\n</head>\n<body>\n");
        sb.append("<h1>RollSense session ").append(esc(s.id())).append("</h1>\n");
        sb.append("<p class=\"note\">Gentle pressure, never directly on the spine. If back pain lasts, see a doctor.</p>\n");
        String advice = trend.doctorAdvice();
        if (advice != null) {
            sb.append("<p class=\"advice\">").append(esc(advice)).append("</p>\n");
        }
        summary(d, s);
        io.rollsense.routine.RoutineResult routine = RoutineSection.of(d);
        if (routine != null) {
            sb.append(RoutineSection.html(routine));
        }
        sb.append("<h2>Timeline</h2>\n");
        img(images.get(0), "Per-taxel pressure and spine pressure over time; alerts shaded, strokes dashed");
        sb.append("<h2>Width profile</h2>\n");
        img(images.get(1), "Pressure across the device width over time (heat map)");
        sb.append("<h2>Cadence</h2>\n");
        img(images.get(2), "Rolling cadence in strokes per minute with the target band");
        alertTable(alerts, d);
        sb.append("<h2>Across sessions</h2>\n");
        img(images.get(3), "Minutes rolled, alerts per session and pain before and after, by date");
        sb.append("<p>").append(esc(trend.lines().get(trend.lines().size() - (advice == null ? 1 : 3)))).append("</p>\n");
        sb.append("<p class=\"note\">RollSense ").append(esc(d.metadata().path("app").asText("?")))
                .append(" · session format ").append(d.readResult().formatVersion()).append(" · ")
                .append(esc(d.file().getFileName().toString())).append("</p>\n</body>\n</html>\n");
        return sb.toString();
    }

    private void summary(SessionData d, SessionSummary s) {
        sb.append("<h2>Summary</h2>\n<table>\n");
        row("Date", WHEN.format(Instant.ofEpochMilli(s.startHostMs()).atZone(ZoneId.systemDefault())));
        row("Device", (s.device() == null ? "unknown" : s.device()) + (s.deviceKind() == null ? "" : " (" + s.deviceKind() + ")"));
        row("Source", d.metadata().path("source").asText("-"));
        row("Duration", String.format("%d min %02d s", s.rolledMs() / 60_000, s.rolledMs() / 1000 % 60));
        row("Frames", d.frames().size() + (d.frames().rejected() > 0 ? " (" + d.frames().rejected() + " lines not frames)" : ""));
        row("Strokes", Long.toString(s.strokes()));
        row("Mean cadence", s.meanCadenceSpm() == null ? "-" : String.format("%.1f strokes/min", s.meanCadenceSpm()));
        row("Spine alerts", s.alerts().get(AlertKind.SPINE).toString());
        row("Overpressure alerts", s.alerts().get(AlertKind.OVERPRESSURE).toString());
        row("Pain before / after", pain(s.painBefore()) + " / " + pain(s.painAfter()));
        if (d.metadata().path("notes").isTextual()) {
            row("Notes", d.metadata().get("notes").asText());
        }
        if (s.recovered()) {
            row("Recovered", "closed after the recording was interrupted");
        }
        String skipped = d.readResult().skippedMessage();
        if (skipped != null) {
            row("Unreadable", skipped);
        }
        sb.append("</table>\n");
    }

    private void alertTable(List<AlertEpisode> alerts, SessionData d) {
        sb.append("<h2>Alerts</h2>\n");
        if (alerts.isEmpty()) {
            sb.append("<p>No alerts: pressure stayed within the limits.</p>\n");
            return;
        }
        sb.append("<table>\n<tr><th>#</th><th>kind</th><th>start</th><th>duration</th><th>peak</th><th>limit</th>"
                + "<th>taxel</th></tr>\n");
        int n = 1;
        for (AlertEpisode a : alerts) {
            sb.append("<tr><td>").append(n++).append("</td><td>").append(a.kind().key()).append("</td><td>")
                    .append(AlertEpisode.clock(a.startMs())).append("</td><td>").append(String.format("%.1f s", a.durationMs() / 1000.0))
                    .append("</td><td>").append(String.format("%.1f kPa", a.peakKpa())).append("</td><td>")
                    .append(String.format("%.0f kPa", a.thresholdKpa())).append("</td><td>").append(taxel(d, a.channel()))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static String taxel(SessionData d, int ch) {
        if (d.hello() == null || ch < 0 || ch >= d.hello().channelCount()) {
            return Integer.toString(ch);
        }
        return String.format("%d (%+.0f mm)", ch, d.hello().positionMm(ch));
    }

    private void row(String k, String v) {
        sb.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
    }

    private void img(String src, String alt) {
        sb.append("<img src=\"").append(esc(src)).append("\" alt=\"").append(esc(alt)).append("\"/>\n");
    }

    private static String pain(Integer p) {
        return p == null ? "-" : p + "/10";
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
