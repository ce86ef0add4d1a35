package io.rollsense.routine;

import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.PressureField;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * What the sensors said during one step, gathered per second of device time: the peak taxel
 * pressure and where it sat, the rhythm reading, strokes, spine contacts, and how the load split
 * left/right of the device centre. Events are filed by their own time, so late ones (strokes
 * confirmed after the fact, alerts debounced) still land in the right step. Not thread-safe.
 */
final class StepMetrics {
    /** One second of the step. */
    static final class Second {
        double peakKpa;
        double peakPosMm;
        boolean loaded;
        Double spm;
        double regularity;
        boolean spine;
    }

    final int index;
    final RoutineStep step;
    final long startMs;
    long endMs = Long.MAX_VALUE;
    long activeMs;
    int strokes;
    boolean skipped;
    private final double centreMm;
    private final double[] positionsMm;
    private final TreeMap<Long, Second> seconds = new TreeMap<>();
    private final List<long[]> spineContacts = new ArrayList<>();
    private double leftLoadSum;
    /** Sum of the centre of pressure over loaded frames, mm. */
    double copSumMm;
    private long loadedFrames;

    StepMetrics(int index, RoutineStep step, long startMs, double[] positionsMm) {
        this.index = index;
        this.step = step;
        this.startMs = startMs;
        this.positionsMm = positionsMm.clone();
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (double p : positionsMm) {
            lo = Math.min(lo, p);
            hi = Math.max(hi, p);
        }
        this.centreMm = (lo + hi) / 2;
    }

    boolean covers(long tMs) {
        return tMs >= startMs && tMs < endMs;
    }

    /** One analysed frame inside the step (not paused). */
    void onField(PressureField f) {
        if (!f.loaded()) {
            return;
        }
        Second s = second(f.timeMs());
        s.loaded = true;
        if (f.maxKpa() > s.peakKpa) {
            s.peakKpa = f.maxKpa();
            s.peakPosMm = positionsMm[f.maxChannel()];
        }
        double left = 0;
        double total = 0;
        double[] p = f.pressuresKpa();
        for (int i = 0; i < p.length; i++) {
            double share = positionsMm[i] < centreMm ? 1 : positionsMm[i] > centreMm ? 0 : 0.5;
            left += p[i] * share;
            total += p[i];
        }
        if (total > 0) {
            copSumMm += f.copMm();
            leftLoadSum += left / total;
            loadedFrames++;
        }
    }

    /** An analysis event whose time lies in the step. */
    void onEvent(AnalysisEvent e) {
        if (e instanceof AnalysisEvent.Stroke) {
            strokes++;
        } else if (e instanceof AnalysisEvent.Cadence c && c.spm() != null) {
            Second s = second(c.timeMs() - 1); // a reading at t covers the second before t
            s.spm = c.spm();
            s.regularity = c.regularity();
        } else if (e instanceof AnalysisEvent.AlertCleared a && a.kind() == AlertKind.SPINE) {
            spineContact(a.startMs(), a.endMs(), a.channel());
        }
    }

    /** A spine contact (from an alert) from {@code startMs} to {@code endMs} whose peak sat on {@code channel}. */
    void spineContact(long startMs, long endMs, int channel) {
        int ch = Math.max(0, Math.min(channel, positionsMm.length - 1));
        spineContacts.add(new long[] {startMs, endMs, Double.doubleToLongBits(positionsMm[ch])});
    }

    /** Whether the load leaned to one side in this step (asked for, or measured). */
    boolean leaning() {
        Double left = leftShare();
        return step.side() != Side.BOTH || left != null && Math.abs(left - 0.5) > StepJudging.BOTH_SIDES_MAX_OFFSET;
    }

    /** Spine contacts that count: within the spine rule, and, while leaning, passing the spine filter. */
    private List<long[]> countedContacts() {
        boolean leaning = leaning() && spineFilter != null;
        return spineContacts.stream().filter(c -> step.spine().faults(c[1] - c[0]))
                .filter(c -> !leaning || spineFilter.counts(Double.longBitsToDouble(c[2]))).toList();
    }

    /** Spine alerts of a leaning step put down to the lean (the core's spine line follows the load). */
    int leanSpineAlerts() {
        return (int) spineContacts.stream().filter(c -> step.spine().faults(c[1] - c[0])).count() - countedContacts().size();
    }

    /** Decides whether a spine alert whose peak sat at a lateral position (mm) is really on the spine. */
    interface SpineFilter {
        boolean counts(double positionMm);
    }

    /** Applied while the step leans (see {@link RoutineJudge}); null: every spine alert counts. */
    SpineFilter spineFilter;

    private Second second(long tMs) {
        return seconds.computeIfAbsent(Math.floorDiv(tMs, 1000), k -> new Second());
    }

    double centreMm() {
        return centreMm;
    }

    TreeMap<Long, Second> seconds() {
        for (long[] c : countedContacts()) {
            {
                for (long s = Math.floorDiv(c[0], 1000); s <= Math.floorDiv(c[1] - 1, 1000); s++) {
                    second(s * 1000).spine = true;
                }
            }
        }
        return seconds;
    }

    /** Spine contacts the step's rule counts against it. */
    int faultingSpineContacts() {
        return countedContacts().size();
    }

    /** Mean share of the load left of the device centre over loaded frames, or null. */
    Double leftShare() {
        return loadedFrames == 0 ? null : leftLoadSum / loadedFrames;
    }

    long loadedFrames() {
        return loadedFrames;
    }
}
