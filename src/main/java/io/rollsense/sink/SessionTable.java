package io.rollsense.sink;

import io.rollsense.core.AlertKind;
import io.rollsense.session.SessionSummary;
import io.rollsense.session.SessionTrend;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The session library as text ({@code rollsense sessions}): one row per session (id, local start
 * time, device, rolled time h:mm:ss, strokes, mean strokes/min, overpressure and spine alerts,
 * pain before and after, 0–10), then the trend's advice to see a doctor when pain lasts.
 * Stateless; the caller owns the writer and flushes it.
 */
public final class SessionTable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SessionTable() {
    }

    /** Prints the table of {@code summaries} (oldest first) and the doctor advice, if any. */
    public static void print(PrintWriter out, List<SessionSummary> summaries) {
        out.println(String.format("%-19s %-16s %-12s %8s %7s %6s %5s %5s %5s %5s", "id", "date", "device",
                "duration", "strokes", "spm", "over", "spine", "pain<", "pain>"));
        for (SessionSummary s : summaries) {
            out.println(String.format("%-19s %-16s %-12s %8s %7d %6s %5d %5d %5s %5s", s.id(),
                    WHEN.format(Instant.ofEpochMilli(s.startHostMs()).atZone(ZoneId.systemDefault())),
                    s.device() == null ? "-" : s.device(), duration(s.rolledMs()), s.strokes(),
                    s.meanCadenceSpm() == null ? "-" : String.format("%.1f", s.meanCadenceSpm()),
                    s.alerts().get(AlertKind.OVERPRESSURE), s.alerts().get(AlertKind.SPINE),
                    s.painBefore() == null ? "-" : s.painBefore(), s.painAfter() == null ? "-" : s.painAfter()));
        }
        String advice = new SessionTrend(summaries).doctorAdvice();
        if (advice != null) {
            out.println();
            out.println(advice);
        }
    }

    /** A duration in ms as m:ss, or h:mm:ss from an hour on (rounded to the second). */
    public static String duration(long ms) {
        long s = Math.round(ms / 1000.0);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
