package io.rollsense.pipeline;

import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.EventSink;
import java.util.ArrayList;
import java.util.List;

/** Accumulates events into the numbers of a {@link RunSummary} and keeps the finished alerts. */
public final class SummaryCollector implements EventSink {
    public final List<AnalysisEvent.AlertCleared> alerts = new ArrayList<>();
    private final AnalysisSettings settings;
    long strokes;
    long seconds;
    long rollingSeconds;
    long inTarget;
    double spmSum;

    public SummaryCollector(AnalysisSettings settings) {
        this.settings = settings;
    }

    @Override
    public void accept(AnalysisEvent e) {
        if (e instanceof AnalysisEvent.AlertCleared c) {
            alerts.add(c);
        } else if (e instanceof AnalysisEvent.Stroke) {
            strokes++;
        } else if (e instanceof AnalysisEvent.Cadence c) {
            seconds++;
            if (c.spm() != null) {
                rollingSeconds++;
                spmSum += c.spm();
                if (c.spm() >= settings.targetMinSpm() && c.spm() <= settings.targetMaxSpm()) {
                    inTarget++;
                }
            }
        }
    }

    long count(AlertKind kind) {
        return alerts.stream().filter(a -> a.kind() == kind).count();
    }

    double meanSpm() {
        return rollingSeconds == 0 ? Double.NaN : spmSum / rollingSeconds;
    }

    double rollingShare() {
        return seconds == 0 ? 0 : (double) rollingSeconds / seconds;
    }

    double inTargetShare() {
        return rollingSeconds == 0 ? 0 : (double) inTarget / rollingSeconds;
    }
}
