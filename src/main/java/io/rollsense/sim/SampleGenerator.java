package io.rollsense.sim;

import java.util.SplittableRandom;

/**
 * Walks the scenario script in device time and produces one noise-free sample at a time: segment
 * plans, the body model, brief pressure spikes, and the truth records that go with them.
 * Not thread-safe; owned by one {@link Simulator}.
 */
final class SampleGenerator {
    private final ScenarioScript script;
    private final DeviceModel dev;
    private final double periodMs;
    private final long totalMs;
    private final BodyModel body;
    private final SplittableRandom events;
    private final TruthRecorder truth;
    final double[] kpa;
    private int segIndex = -1;
    private double spm;
    SegmentPlan plan;
    long n = -1;
    long elapsedMs;
    double peakKpa;
    double spinePressureKpa;
    private double nextEventMs;
    private int spikeLeft;
    private int spikeChannel;
    private double spikeKpa;

    SampleGenerator(ScenarioScript script, DeviceModel dev, double rateHz, long totalMs, long seed, TruthRecorder truth) {
        this.script = script;
        this.dev = dev;
        this.periodMs = 1000.0 / rateHz;
        this.totalMs = totalMs;
        this.body = new BodyModel(dev, new SplittableRandom(Simulator.mix(seed, 1)));
        this.events = new SplittableRandom(Simulator.mix(seed, 2));
        this.truth = truth;
        this.kpa = new double[dev.channels()];
        this.spm = Scenarios.DEFAULT_SPM;
    }

    /** Time into the current segment, ms. */
    double u() {
        return elapsedMs - plan.startMs;
    }

    /** Advances one sample; false at the end of the run. */
    boolean next() {
        long t = Math.round((n + 1) * periodMs);
        if (t >= totalMs) {
            return false;
        }
        n++;
        elapsedMs = t;
        while (plan == null || elapsedMs >= plan.endMs()) {
            startNextSegment();
        }
        double u = u();
        int strokes = body.step(periodMs, plan.targets(u), kpa);
        if (strokes > 0) {
            truth.stroke(Math.round((n - 1 + body.lastStrokeFraction()) * periodMs));
        }
        if (plan.name().equals("spikes")) {
            spike(u, plan.targets(u).load());
        }
        peakKpa = 0;
        spinePressureKpa = 0;
        double spine = body.spineMm();
        for (int i = 0; i < kpa.length; i++) {
            peakKpa = Math.max(peakKpa, kpa[i]);
            if (Math.abs(dev.xMm[i] - spine) <= TruthRecorder.SPINE_WINDOW_MM) {
                spinePressureKpa = Math.max(spinePressureKpa, kpa[i]);
            }
        }
        truth.sample(elapsedMs, peakKpa, spine, kpa);
        return true;
    }

    double spineMm() {
        return body.spineMm();
    }

    /** Draws the time of the next spike or glitch event in the current segment, ms into it. */
    double drawNextEvent(double fromMs, double minGapMs, double maxGapMs) {
        nextEventMs = fromMs + minGapMs + (maxGapMs - minGapMs) * events.nextDouble();
        return nextEventMs;
    }

    /** Whether an event of the current segment is due now (and schedules the following one). */
    boolean eventDue(double minGapMs, double maxGapMs) {
        if (u() >= nextEventMs && u() < plan.durationMs() - 1000) {
            drawNextEvent(u(), minGapMs, maxGapMs);
            return true;
        }
        return false;
    }

    SplittableRandom events() {
        return events;
    }

    private void spike(double u, double load) {
        if (spikeLeft == 0 && eventDue(2000, 4000)) {
            int maxSamples = (int) Math.max(1, Math.floor(TruthRecorder.BRIEF_MAX_MS / periodMs));
            double wantMs = 15 + 25 * events.nextDouble();
            spikeLeft = (int) Math.max(1, Math.min(maxSamples, Math.round(wantMs / periodMs)));
            spikeChannel = 0;
            for (int i = 1; i < kpa.length; i++) {
                if (kpa[i] > kpa[spikeChannel]) {
                    spikeChannel = i;
                }
            }
            spikeKpa = 1.1 * dev.nominalPeakKpa * load;
        }
        if (spikeLeft > 0) {
            kpa[spikeChannel] += spikeKpa;
            spikeLeft--;
        }
    }

    private void startNextSegment() {
        long start = plan == null ? 0 : plan.endMs();
        segIndex++;
        if (segIndex == script.segments().size()) {
            segIndex = 0;
        }
        Segment s = script.segments().get(segIndex);
        double sign = body.driftSign();
        plan = new SegmentPlan(s, start, spm, dev, sign);
        spm = plan.spmAfter;
        drawNextEvent(0, 1000, 2000);
        spikeLeft = 0;
        String kind = plan.rolling() ? "steady" : s.name();
        if (!plan.rolling()) {
            truth.cadence.add(new GroundTruth.CadenceSegment(start, plan.endMs(), null, kind, s.name()));
        } else if (plan.changeAtMs() < s.durationMs()) {
            long mid = start + plan.changeAtMs();
            truth.cadence.add(new GroundTruth.CadenceSegment(start, mid, plan.spmBefore, kind, s.name()));
            truth.cadence.add(new GroundTruth.CadenceSegment(mid, plan.endMs(), plan.spmAfter, kind, s.name()));
        } else {
            truth.cadence.add(new GroundTruth.CadenceSegment(start, plan.endMs(), plan.spmBefore, kind, s.name()));
        }
    }
}
