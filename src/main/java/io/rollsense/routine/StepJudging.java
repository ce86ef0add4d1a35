package io.rollsense.routine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a step's {@link StepMetrics} into a {@link StepVerdict} with plain words. The rules (also in
 * docs/routines.md): pace is the median rhythm reading against the cadence band (within 30 % of an
 * edge is "a little"); pressure is judged per loaded second by its peak: high when more than a
 * quarter of them peak above the band, low when more than half peak below; the side from the mean
 * share of load left of the device centre (both sides: 0.32..0.68; one side: at least 0.6 on it);
 * uneven when the mean regularity is below 0.5; skipped when the user skipped before half of the
 * step; no rolling when fewer than two strokes and no rhythm reading. Stateless.
 */
final class StepJudging {
    static final double HIGH_SHARE = 0.25;
    static final double LOW_SHARE = 0.5;
    static final double BOTH_SIDES_MAX_OFFSET = 0.18;
    static final double ONE_SIDE_MIN_SHARE = 0.6;
    static final double MIN_REGULARITY = 0.5;
    static final double A_LITTLE = 1.3;

    private StepJudging() {
    }

    static StepVerdict verdict(StepMetrics m, double overpressureKpa) {
        RoutineStep step = m.step;
        double lowKpa = step.pressure().lowKpa(overpressureKpa);
        double highKpa = step.pressure().highKpa(overpressureKpa);
        List<Double> spms = new ArrayList<>();
        double regSum = 0;
        int loaded = 0;
        int high = 0;
        int low = 0;
        int highLeft = 0;
        int onPace = 0;
        int onTarget = 0;
        for (StepMetrics.Second s : m.seconds().values()) {
            boolean paceOk = s.spm != null && step.cadence().contains(s.spm);
            if (s.spm != null) {
                spms.add(s.spm);
                regSum += s.regularity;
                onPace += paceOk ? 1 : 0;
            }
            boolean pressureOk = false;
            if (s.loaded) {
                loaded++;
                if (s.peakKpa > highKpa) {
                    high++;
                    highLeft += s.peakPosMm < m.centreMm() ? 1 : 0;
                } else if (s.peakKpa < lowKpa) {
                    low++;
                } else {
                    pressureOk = true;
                }
            }
            onTarget += paceOk && pressureOk && !s.spine ? 1 : 0;
        }
        Double median = spms.isEmpty() ? null : median(spms);
        if (median == null && m.strokes >= 2 && m.activeMs > 0) {
            median = m.strokes * 60000.0 / m.activeMs;
        }
        Double leftShare = m.leftShare();
        Double highShare = loaded == 0 ? null : (double) high / loaded;
        Double lowShare = loaded == 0 ? null : (double) low / loaded;
        String highSide = high == 0 ? null : highLeft >= 0.7 * high ? "left" : highLeft <= 0.3 * high ? "right" : null;
        List<Issue> issues = new ArrayList<>();
        List<String> words = new ArrayList<>();
        boolean skipped = m.skipped && m.activeMs < step.plannedMs() / 2;
        boolean rolled = !spms.isEmpty() || m.strokes >= 2;
        if (skipped) {
            issues.add(Issue.SKIPPED);
            words.add("skipped");
        } else if (!rolled) {
            issues.add(Issue.NO_ROLLING);
            words.add("no rolling found");
        } else {
            pace(step.cadence(), median, issues, words);
            if (!spms.isEmpty() && regSum / spms.size() < MIN_REGULARITY) {
                issues.add(Issue.UNEVEN);
                words.add("uneven rhythm");
            }
        }
        if (!skipped && loaded > 0) {
            if (highShare > HIGH_SHARE) {
                issues.add(Issue.PRESSURE_HIGH);
                words.add((highShare > 2 * HIGH_SHARE ? "pressure too high" : "pressure a little high")
                        + (highSide == null ? "" : " on the " + highSide));
            } else if (lowShare > LOW_SHARE) {
                issues.add(Issue.PRESSURE_LOW);
                words.add("pressure too light");
            } else {
                words.add("good pressure");
            }
            side(step.side(), leftShare, issues, words);
        }
        int spine = m.faultingSpineContacts();
        if (spine > 0) {
            issues.add(Issue.ON_SPINE);
            words.add(spine == 1 ? "once on the spine" : spine + " times on the spine");
        } else if (m.leanSpineAlerts() > 0) {
            words.add("spine alerts from the lean not counted");
        }
        return new StepVerdict(m.index, step.title(), step.side(), m.startMs, m.endMs, m.activeMs, step.plannedMs(),
                m.strokes, median, spms.isEmpty() ? null : (double) onPace / spms.size(),
                spms.isEmpty() ? null : regSum / spms.size(), loaded == 0 ? null : (double) (loaded - high - low) / loaded,
                highShare, highSide, spine, leftShare,
                Math.min(1, m.activeMs <= 0 ? 0 : onTarget * 1000.0 / m.activeMs), issues, String.join(", ", words));
    }

    private static void pace(CadenceBand band, Double spm, List<Issue> issues, List<String> words) {
        if (spm == null) {
            return;
        }
        if (band.contains(spm)) {
            words.add("good pace");
        } else if (spm > band.maxSpm()) {
            issues.add(Issue.TOO_FAST);
            words.add((spm > band.maxSpm() * A_LITTLE ? "too fast" : "a little fast") + " (" + Math.round(spm) + " a minute)");
        } else {
            issues.add(Issue.TOO_SLOW);
            words.add((spm < band.minSpm() / A_LITTLE ? "too slow" : "a little slow") + " (" + Math.round(spm) + " a minute)");
        }
    }

    private static void side(Side asked, Double leftShare, List<Issue> issues, List<String> words) {
        if (leftShare == null) {
            return;
        }
        boolean both = Math.abs(leftShare - 0.5) <= BOTH_SIDES_MAX_OFFSET;
        boolean onLeft = leftShare >= ONE_SIDE_MIN_SHARE;
        boolean onRight = leftShare <= 1 - ONE_SIDE_MIN_SHARE;
        String where = both ? "both sides" : leftShare > 0.5 ? "the left" : "the right";
        boolean ok = switch (asked) {
            case BOTH -> both;
            case LEFT -> onLeft;
            case RIGHT -> onRight;
        };
        if (!ok) {
            issues.add(Issue.WRONG_SIDE);
            words.add(asked == Side.BOTH ? "load sat on " + where + ", centre yourself"
                    : "load sat on " + where + ", lean to the " + asked.key());
        }
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
