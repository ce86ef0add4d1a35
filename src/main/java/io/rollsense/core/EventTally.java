package io.rollsense.core;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one event counter behind every summary (a recorded session's, {@code analyze}'s): strokes,
 * alerts raised per kind, seconds of cadence, seconds rolling, the mean cadence while rolling and
 * the seconds inside the target band. Pure; not thread-safe (callers that share it lock).
 */
public final class EventTally implements EventSink {
    private final double targetMinSpm;
    private final double targetMaxSpm;
    private final Map<AlertKind, Integer> raised = new EnumMap<>(AlertKind.class);
    private long strokes;
    private long seconds;
    private long rollingSeconds;
    private long inTargetSeconds;
    private double spmSum;

    /** @param settings where the target cadence band comes from */
    public EventTally(AnalysisSettings settings) {
        this.targetMinSpm = settings.targetMinSpm();
        this.targetMaxSpm = settings.targetMaxSpm();
    }

    @Override
    public void accept(AnalysisEvent e) {
        if (e instanceof AnalysisEvent.AlertRaised a) {
            raised.merge(a.kind(), 1, Integer::sum);
        } else if (e instanceof AnalysisEvent.Stroke) {
            strokes++;
        } else if (e instanceof AnalysisEvent.Cadence c) {
            seconds++;
            if (c.spm() != null) {
                rollingSeconds++;
                spmSum += c.spm();
                if (c.spm() >= targetMinSpm && c.spm() <= targetMaxSpm) {
                    inTargetSeconds++;
                }
            }
        }
    }

    public long strokes() {
        return strokes;
    }

    /** Alerts of a kind raised so far. */
    public int alerts(AlertKind kind) {
        return raised.getOrDefault(kind, 0);
    }

    /** Alerts raised per kind (a copy). */
    public Map<AlertKind, Integer> alerts() {
        return new EnumMap<>(raised);
    }

    /** Mean cadence over the seconds with one, strokes/min; NaN when there were none. */
    public double meanSpm() {
        return rollingSeconds == 0 ? Double.NaN : spmSum / rollingSeconds;
    }

    /** Share of cadence seconds spent rolling, 0..1. */
    public double rollingShare() {
        return seconds == 0 ? 0 : (double) rollingSeconds / seconds;
    }

    /** Share of rolling seconds inside the target band, 0..1. */
    public double inTargetShare() {
        return rollingSeconds == 0 ? 0 : (double) inTargetSeconds / rollingSeconds;
    }
}
