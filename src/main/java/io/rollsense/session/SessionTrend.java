package io.rollsense.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Trend across sessions: minutes rolled, alerts per session, pain before and after, guided-routine
 * adherence (steps done, share of time on target) next to the pain, and the plain
 * advice to see a doctor when pain ratings stay high (every rating {@value #HIGH_PAIN} or more over
 * sessions spanning at least {@value #LASTING_DAYS} days, up to the latest rated session), as the
 * massage guide says: pain that lasts needs a professional. Immutable.
 *
 * @param sessions summaries, oldest first
 */
public record SessionTrend(List<SessionSummary> sessions) {
    /** A pain rating at or above this counts as high. */
    public static final int HIGH_PAIN = 6;
    /** High pain over sessions spanning at least this many days is lasting pain. */
    public static final int LASTING_DAYS = 14;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    public SessionTrend {
        sessions = List.copyOf(sessions);
    }

    /**
     * The advice to see a doctor, or {@code null} when pain ratings are not lasting and high.
     * Looks back from the latest session that has a pain rating, while every rating stays high.
     */
    public String doctorAdvice() {
        Instant last = null;
        Instant first = null;
        int rated = 0;
        for (int i = sessions.size() - 1; i >= 0; i--) {
            SessionSummary s = sessions.get(i);
            if (s.painBefore() == null && s.painAfter() == null) {
                continue;
            }
            boolean high = (s.painBefore() == null || s.painBefore() >= HIGH_PAIN)
                    && (s.painAfter() == null || s.painAfter() >= HIGH_PAIN);
            if (!high) {
                break;
            }
            Instant t = Instant.ofEpochMilli(s.startHostMs());
            last = last == null ? t : last;
            first = t;
            rated++;
        }
        if (rated < 2 || Duration.between(first, last).toDays() < LASTING_DAYS) {
            return null;
        }
        long weeks = Duration.between(first, last).toDays() / 7;
        return "Your pain ratings have stayed at " + HIGH_PAIN + "/10 or more for " + weeks + " weeks (" + rated
                + " sessions since " + DAY.format(first) + "). Pain that lasts needs a professional: "
                + "please see a doctor before you go on rolling.";
    }

    /** Lines of a plain-text trend table plus the advice when there is one. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format("%-10s %-19s %8s %7s %6s %5s  %s", "date", "session", "minutes", "alerts", "pain<", "pain>",
                "routine (steps done, time on target)"));
        for (SessionSummary s : sessions) {
            out.add(String.format("%-10s %-19s %8.1f %7d %6s %5s  %s", DAY.format(Instant.ofEpochMilli(s.startHostMs())),
                    s.id(), s.minutes(), s.totalAlerts(), pain(s.painBefore()), pain(s.painAfter()), routine(s.routine())));
        }
        double minutes = sessions.stream().mapToDouble(SessionSummary::minutes).sum();
        double alerts = sessions.stream().mapToInt(SessionSummary::totalAlerts).average().orElse(0);
        List<SessionSummary.RoutineDone> routines = sessions.stream().map(SessionSummary::routine)
                .filter(java.util.Objects::nonNull).toList();
        String adherence = routines.isEmpty() ? "" : String.format(", %d routines (%d done to the end), %.0f %% of routine time on target",
                routines.size(), routines.stream().filter(r -> !r.stoppedEarly()).count(),
                100 * routines.stream().mapToDouble(SessionSummary.RoutineDone::onTargetShare).average().orElse(0));
        out.add(String.format("%d sessions, %.1f minutes rolled, %.1f alerts per session", sessions.size(), minutes, alerts)
                + adherence);
        String advice = doctorAdvice();
        if (advice != null) {
            out.add("");
            out.add(advice);
        }
        return out;
    }

    /** "foam roller, mid-back to hips 5/5, 63 %" or "-". */
    static String routine(SessionSummary.RoutineDone r) {
        return r == null ? "-" : String.format("%s %d/%d, %.0f %%%s", r.name(), r.stepsDone(), r.stepsPlanned(),
                100 * r.onTargetShare(), r.stoppedEarly() ? " (stopped early)" : "");
    }

    static String pain(Integer p) {
        return p == null ? "-" : p.toString();
    }
}
