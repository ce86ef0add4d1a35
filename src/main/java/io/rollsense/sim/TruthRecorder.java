package io.rollsense.sim;

import io.rollsense.protocol.BadLineCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps what a {@link GroundTruth} needs while a simulator runs: per sample the noise-free taxel
 * pressures and the true spine position (so intervals can be computed later for any thresholds and
 * spine window), plus strokes, segments, glitches and transport counters. About
 * {@code 8 × (channels + 3)} bytes per sample. Not thread-safe.
 */
final class TruthRecorder {
    /** Episodes this short or shorter (ms) are brief spikes, not intervals. */
    static final long BRIEF_MAX_MS = 50;
    /** Default half-width of the spine window, mm (the core's default). */
    static final double SPINE_WINDOW_MM = 20;

    private final double rateHz;
    private final boolean keepSamples;
    private final double[] positionsMm;
    private final int channels;
    private long[] timeMs = new long[1024];
    private double[] peak = new double[1024];
    private double[] spineMm = new double[1024];
    private double[] kpa;
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

    TruthRecorder(double rateHz, boolean keepSamples, double[] positionsMm) {
        this.rateHz = rateHz;
        this.positionsMm = positionsMm.clone();
        this.channels = positionsMm.length;
        this.kpa = new double[1024 * channels];
        this.keepSamples = keepSamples;
        for (BadLineCategory c : BadLineCategory.values()) {
            badLines.put(c.key(), 0L);
        }
    }

    void sample(long elapsedMs, double peakKpa, double spinePosMm, double[] pressureKpa) {
        if (!keepSamples) {
            n++;
            return;
        }
        if (n == timeMs.length) {
            timeMs = Arrays.copyOf(timeMs, n * 2);
            peak = Arrays.copyOf(peak, n * 2);
            spineMm = Arrays.copyOf(spineMm, n * 2);
            kpa = Arrays.copyOf(kpa, n * 2 * channels);
        }
        timeMs[n] = elapsedMs;
        peak[n] = peakKpa;
        spineMm[n] = spinePosMm;
        System.arraycopy(pressureKpa, 0, kpa, n * channels, channels);
        n++;
    }

    /** Spine pressure per sample: the highest taxel within {@code windowMm} of the true spine, 0 when none. */
    private double[] spinePressures(double windowMm) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            double best = 0;
            for (int i = 0; i < channels; i++) {
                if (Math.abs(positionsMm[i] - spineMm[k]) <= windowMm) {
                    best = Math.max(best, kpa[k * channels + i]);
                }
            }
            out[k] = best;
        }
        return out;
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

    GroundTruth build(String script, long seed, String kind, String unit,
                      double overpressureKpa, double spineKpa, double spineWindowMm) {
        List<GroundTruth.BriefSpike> brief = new ArrayList<>();
        List<TruthInterval> spineIv = intervals(spinePressures(spineWindowMm), spineKpa, "spine", brief);
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
        return new GroundTruth(GroundTruth.FORMAT, 1, script, seed, kind, unit, rateHz, positionsMm.clone(), end, n,
                new GroundTruth.Thresholds(overpressureKpa, spineKpa, spineWindowMm, BRIEF_MAX_MS), segs,
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
