package io.rollsense.sim;

import io.rollsense.protocol.BadLineCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps what a {@link GroundTruth} needs while a simulator runs: per sample only the peak and the
 * spine pressure (so intervals can be computed later for any threshold), plus strokes, segments,
 * glitches and transport counters. About 24 bytes per sample. Not thread-safe.
 */
final class TruthRecorder {
    /** Episodes this short or shorter (ms) are brief spikes, not intervals. */
    static final long BRIEF_MAX_MS = 50;
    /** Half-width of the spine window, mm (the core's default). */
    static final double SPINE_WINDOW_MM = 20;

    private final double rateHz;
    private final boolean keepSamples;
    private long[] timeMs = new long[1024];
    private double[] peak = new double[1024];
    private double[] spine = new double[1024];
    private int n;
    private long[] strokes = new long[64];
    private int strokeCount;
    final List<GroundTruth.CadenceSegment> cadence = new ArrayList<>();
    final List<GroundTruth.SensorGlitch> glitches = new ArrayList<>();
    final Map<String, Long> badLines = new TreeMap<>();
    long neverSent;
    long replaced;
    long logLines;
    long hellosResent;
    Long wrapMs;

    TruthRecorder(double rateHz, boolean keepSamples) {
        this.rateHz = rateHz;
        this.keepSamples = keepSamples;
        for (BadLineCategory c : BadLineCategory.values()) {
            badLines.put(c.key(), 0L);
        }
    }

    void sample(long elapsedMs, double peakKpa, double spineKpa) {
        if (!keepSamples) {
            n++;
            return;
        }
        if (n == timeMs.length) {
            timeMs = Arrays.copyOf(timeMs, n * 2);
            peak = Arrays.copyOf(peak, n * 2);
            spine = Arrays.copyOf(spine, n * 2);
        }
        timeMs[n] = elapsedMs;
        peak[n] = peakKpa;
        spine[n] = spineKpa;
        n++;
    }

    void stroke(long elapsedMs) {
        if (strokeCount == strokes.length) {
            strokes = Arrays.copyOf(strokes, strokeCount * 2);
        }
        strokes[strokeCount++] = elapsedMs;
    }

    void badLine(BadLineCategory c) {
        badLines.merge(c.key(), 1L, Long::sum);
    }

    long samples() {
        return n;
    }

    /** End of the run: the time the next sample would have had. */
    long endMs() {
        return Math.round(n * 1000.0 / rateHz);
    }

    boolean keepsSamples() {
        return keepSamples;
    }

    GroundTruth build(String script, long seed, String kind, String unit, double[] positions,
                      double overpressureKpa, double spineKpa) {
        List<GroundTruth.BriefSpike> brief = new ArrayList<>();
        List<TruthInterval> spineIv = intervals(spine, spineKpa, "spine", brief);
        List<TruthInterval> overIv = intervals(peak, overpressureKpa, "overpressure", brief);
        brief.sort((a, b) -> Long.compare(a.startMs(), b.startMs()));
        List<GroundTruth.CadenceSegment> segs = new ArrayList<>();
        long end = endMs();
        for (GroundTruth.CadenceSegment s : cadence) {
            if (s.startMs() < end) {
                segs.add(new GroundTruth.CadenceSegment(s.startMs(), Math.min(s.endMs(), end), s.spm(), s.kind(), s.scenario()));
            }
        }
        GroundTruth.Transport t = new GroundTruth.Transport(neverSent + replaced, neverSent, replaced,
                new TreeMap<>(badLines), logLines, hellosResent, wrapMs);
        return new GroundTruth(GroundTruth.FORMAT, 1, script, seed, kind, unit, rateHz, positions, end, n,
                new GroundTruth.Thresholds(overpressureKpa, spineKpa, SPINE_WINDOW_MM, BRIEF_MAX_MS), segs,
                Arrays.copyOf(strokes, strokeCount), spineIv, overIv, brief, List.copyOf(glitches), t);
    }

    private List<TruthInterval> intervals(double[] v, double threshold, String alert, List<GroundTruth.BriefSpike> brief) {
        List<TruthInterval> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!(v[i] > threshold)) {
                i++;
                continue;
            }
            int start = i;
            double max = v[i];
            while (i < n && v[i] > threshold) {
                max = Math.max(max, v[i]);
                i++;
            }
            long endMs = i < n ? timeMs[i] : endMs();
            double peakKpa = Math.round(max * 100) / 100.0;
            if (endMs - timeMs[start] <= BRIEF_MAX_MS) {
                brief.add(new GroundTruth.BriefSpike(alert, timeMs[start], endMs, peakKpa));
            } else {
                out.add(new TruthInterval(timeMs[start], endMs, peakKpa));
            }
        }
        return out;
    }
}
