package io.rollsense.pipeline;

import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.EventSink;
import io.rollsense.core.EventTally;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code analyze}'s summary: the counts of the one {@link EventTally}, plus the finished alerts for
 * the readable report. Not thread-safe.
 */
public final class SummaryCollector implements EventSink {
    public final List<AnalysisEvent.AlertCleared> alerts = new ArrayList<>();
    private final EventTally tally;

    public SummaryCollector(AnalysisSettings settings) {
        this.tally = new EventTally(settings);
    }

    @Override
    public void accept(AnalysisEvent e) {
        tally.accept(e);
        if (e instanceof AnalysisEvent.AlertCleared c) {
            alerts.add(c);
        }
    }

    long count(AlertKind kind) {
        return alerts.stream().filter(a -> a.kind() == kind).count();
    }

    double meanSpm() {
        return tally.meanSpm();
    }

    double rollingShare() {
        return tally.rollingShare();
    }

    double inTargetShare() {
        return tally.inTargetShare();
    }
}
