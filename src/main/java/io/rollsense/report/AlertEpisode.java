package io.rollsense.report;

import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.session.SessionData;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One alert from raise to clear, in device ms since the first frame.
 *
 * @param endMs        end, or the end of the session when it was never cleared
 * @param peakKpa      highest pressure of the episode in kPa
 * @param thresholdKpa threshold in force in kPa
 * @param channel      taxel index of the peak
 */
public record AlertEpisode(AlertKind kind, long startMs, long endMs, double peakKpa, double thresholdKpa, int channel) {

    /** Duration in ms. */
    public long durationMs() {
        return endMs - startMs;
    }

    /** A device time as {@code m:ss.d}. */
    public static String clock(long ms) {
        long s = ms / 1000;
        return String.format("%d:%02d.%d", s / 60, s % 60, ms % 1000 / 100);
    }

    /** Pairs raised and cleared events into episodes, in start order. */
    public static List<AlertEpisode> from(List<SessionData.TimedEvent> events, long sessionEndMs) {
        List<AlertEpisode> out = new ArrayList<>();
        Map<AlertKind, AnalysisEvent.AlertRaised> open = new EnumMap<>(AlertKind.class);
        for (SessionData.TimedEvent te : events) {
            if (te.event() instanceof AnalysisEvent.AlertRaised r) {
                open.put(r.kind(), r);
            } else if (te.event() instanceof AnalysisEvent.AlertCleared c) {
                open.remove(c.kind());
                out.add(new AlertEpisode(c.kind(), c.startMs(), c.endMs(), c.peakKpa(), c.thresholdKpa(), c.channel()));
            }
        }
        for (AnalysisEvent.AlertRaised r : open.values()) {
            out.add(new AlertEpisode(r.kind(), r.startMs(), Math.max(r.startMs(), sessionEndMs), r.peakKpa(),
                    r.thresholdKpa(), r.channel()));
        }
        out.sort(java.util.Comparator.comparingLong(AlertEpisode::startMs));
        return out;
    }
}
