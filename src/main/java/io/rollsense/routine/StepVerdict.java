package io.rollsense.routine;

import java.util.List;

/**
 * How one step went, judged from the sensors. Shares are 0..1 of the seconds they refer to;
 * {@code null} means "not measured" (no rhythm, nothing loaded). Times in ms of device time.
 *
 * @param index           step index, 0-based
 * @param title           the step's title
 * @param side            the side the step asked for
 * @param startMs         step start, ms since the first frame
 * @param endMs           step end (exclusive)
 * @param activeMs        time in the step not paused, ms
 * @param plannedMs       the step's planned length, ms
 * @param strokes         strokes counted in the step
 * @param medianSpm       typical pace (median of the rhythm readings), strokes/min, or null
 * @param onPaceShare     share of the rhythm readings inside the cadence band, or null
 * @param regularity      mean rhythm regularity 0..1, or null
 * @param inPressureShare share of loaded seconds whose peak lay inside the pressure band, or null
 * @param highShare       share of loaded seconds that peaked above the band, or null
 * @param highSide        "left" or "right" when most high seconds peaked on one side, else null
 * @param spineContacts   spine contacts the spine rule counts against the step
 * @param leftShare       mean share of the load left of the device centre (0.5 = centred), or null
 * @param onTargetShare   share of the active seconds on pace, in the pressure band and off the spine
 * @param issues          what was wrong, empty when the step was done as asked
 * @param text            plain verdict ("good pace, pressure a little high on the left")
 */
public record StepVerdict(int index, String title, Side side, long startMs, long endMs, long activeMs, long plannedMs,
                          int strokes, Double medianSpm, Double onPaceShare, Double regularity, Double inPressureShare,
                          Double highShare, String highSide, int spineContacts, Double leftShare, double onTargetShare,
                          List<Issue> issues, String text) {
    public StepVerdict {
        if (index < 0 || endMs < startMs || activeMs < 0 || strokes < 0 || spineContacts < 0) {
            throw new IllegalArgumentException("step verdict: index, times and counts must be >= 0 and end after start");
        }
        if (!(onTargetShare >= 0 && onTargetShare <= 1)) {
            throw new IllegalArgumentException("onTargetShare must be 0..1, was " + onTargetShare);
        }
        issues = List.copyOf(issues);
    }

    /** Whether the step was done as asked. */
    public boolean good() {
        return issues.isEmpty();
    }
}
