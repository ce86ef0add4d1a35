package io.rollsense.api;

import io.rollsense.protocol.DecoderStats;

/**
 * What one analysis run found, for the readable summary and the JSON summary line.
 *
 * @param decoder            decoder counters (lines, bad lines by category, dropped frames)
 * @param framesAnalysed     frames the analyzer used
 * @param skippedFrames      frames the analyzer skipped (time backwards, channel count)
 * @param strokes            strokes counted
 * @param durationMs         device time from the first to the last valid frame, ms
 * @param overpressureAlerts overpressure alerts
 * @param spineAlerts        spine alerts
 * @param meanSpm            mean cadence over rolling seconds, NaN when never rolling
 * @param rollingShare       share of cadence seconds with a cadence (0..1)
 * @param inTargetShare      share of rolling seconds inside the target band (0..1)
 * @param deviceId           the (last) device, or null when no hello was seen
 * @param kind               its kind's wire name, or null
 * @param unit               its unit's wire name, or null
 * @param calibrated         whether a calibration file was applied
 */
public record RunSummary(DecoderStats decoder, long framesAnalysed, long skippedFrames, long strokes, long durationMs,
                  long overpressureAlerts, long spineAlerts, double meanSpm, double rollingShare,
                  double inTargetShare, String deviceId, String kind, String unit, boolean calibrated) {

    /** Raw counts analysed without a calibration: the kPa figures are counts, alerts meaningless. */
    public boolean uncalibratedRaw() {
        return "raw".equals(unit) && !calibrated;
    }
}
