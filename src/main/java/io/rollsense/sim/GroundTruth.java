package io.rollsense.sim;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What really happened in a simulated run, for measuring the core against (JSON format in
 * docs/simulator.md, written and read by {@link GroundTruthJson}). All times are ms since the first
 * frame (sample 0), whatever the device counters did. Immutable.
 *
 * @param format           always {@code rollsense-sim-truth}
 * @param version          format version, 1
 * @param script           canonical scenario script
 * @param seed             random seed
 * @param kind             device kind wire name
 * @param unit             unit wire name
 * @param rateHz           frame rate
 * @param positionsMm      taxel lateral positions
 * @param durationMs       run length (samples × period)
 * @param samples          samples simulated (frames sent + dropped + replaced)
 * @param thresholds       thresholds the intervals were computed with
 * @param cadence          segments with their true cadence ({@code spm} null when not rolling)
 * @param strokesMs        times of completed strokes (device at the low end of its travel, load highest)
 * @param spineIntervals   spine pressure above the spine threshold for longer than {@code brief_max_ms}
 * @param overpressureIntervals highest taxel pressure above the overpressure threshold, longer than brief
 * @param briefSpikes      episodes of either kind lasting at most {@code brief_max_ms}: too short to matter
 * @param sensorGlitches   sensor artefacts injected on the wire only (not in the noise-free pressure)
 * @param transport        injected transport faults, as a decoder must count them
 */
@JsonPropertyOrder({"format", "version", "script", "seed", "kind", "unit", "rateHz", "positionsMm", "durationMs",
    "samples", "thresholds", "cadence", "strokesMs", "spineIntervals", "overpressureIntervals", "briefSpikes",
    "sensorGlitches", "transport"})
public record GroundTruth(String format, int version, String script, long seed, String kind, String unit,
                          double rateHz, double[] positionsMm, long durationMs, long samples,
                          Thresholds thresholds, List<CadenceSegment> cadence, long[] strokesMs,
                          List<TruthInterval> spineIntervals, List<TruthInterval> overpressureIntervals,
                          List<BriefSpike> briefSpikes, List<SensorGlitch> sensorGlitches, Transport transport) {

    /** Value of {@link #format()}. */
    public static final String FORMAT = "rollsense-sim-truth";

    /**
     * @param overpressureKpa threshold on the highest taxel pressure, kPa
     * @param spineKpa        threshold on the spine pressure, kPa
     * @param spineWindowMm   taxels within this many mm of the true spine count as on the spine
     * @param briefMaxMs      episodes this short or shorter are brief spikes, not intervals
     */
    public record Thresholds(double overpressureKpa, double spineKpa, double spineWindowMm, long briefMaxMs) {
    }

    /**
     * @param startMs  start, ms since the first frame
     * @param endMs    end (exclusive)
     * @param spm      true cadence in strokes/min, null when not rolling
     * @param kind     {@code steady} (rolling), {@code pause}, {@code hold} or {@code up}
     * @param scenario the script segment this belongs to (e.g. {@code cadence-change})
     */
    public record CadenceSegment(long startMs, long endMs, Double spm, String kind, String scenario) {
    }

    /**
     * @param alert   {@code overpressure} or {@code spine}
     * @param startMs start
     * @param endMs   end (exclusive)
     * @param peakKpa highest noise-free pressure
     */
    public record BriefSpike(String alert, long startMs, long endMs, double peakKpa) {
    }

    /**
     * @param startMs first glitched sample
     * @param channel taxel index
     * @param samples number of samples
     * @param value   {@code saturated} or {@code zero}
     */
    public record SensorGlitch(long startMs, int channel, int samples, String value) {
    }

    /**
     * @param droppedFrames           frames a decoder must count as missing from seq jumps
     *                                (never sent + replaced by a bad line)
     * @param framesNeverSent         frames left out of the stream
     * @param framesReplacedByBadLines frames sent damaged (counted under bad lines too)
     * @param badLines                injected bad lines per decoder category key (all keys present)
     * @param logLines                device log lines ({@code #...})
     * @param hellosResent            hello lines resent mid-stream (besides the first)
     * @param counterWrapMs           when the wire seq/t_ms wrap past 2^32, ms since the first frame, or null
     */
    public record Transport(long droppedFrames, long framesNeverSent, long framesReplacedByBadLines,
                            Map<String, Long> badLines, long logLines, long hellosResent, Long counterWrapMs) {
    }

    /** Total injected bad lines. */
    public long badLineCount() {
        return transport.badLines().values().stream().mapToLong(Long::longValue).sum();
    }
}
