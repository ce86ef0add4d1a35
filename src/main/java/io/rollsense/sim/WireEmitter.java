package io.rollsense.sim;

import io.rollsense.protocol.BadLineCategory;
import io.rollsense.protocol.FrameEncoder;
import java.util.ArrayDeque;
import java.util.SplittableRandom;

/**
 * Turns each noise-free sample into the wire lines of that moment: sensor model and glitches, the
 * frame with its wire {@code seq}/{@code t_ms}, and in {@code faults} segments drops, bad lines,
 * log lines and a resent hello, counting all of it in the truth. Not thread-safe.
 */
final class WireEmitter {
    private final DeviceModel dev;
    private final double rateHz;
    private final long totalMs;
    private final String helloLine;
    private final TruthRecorder truth;
    private final SensorModel sensor;
    private final FaultInjector faults;
    private final double[] wire;
    private final long t0;
    private final long seq0;
    private SegmentPlan faultPlan;
    private long helloAgainAt = -1;

    WireEmitter(DeviceModel dev, SimSettings s, String helloLine, TruthRecorder truth, long t0, long seq0) {
        this.dev = dev;
        this.rateHz = s.rateHz();
        this.totalMs = s.totalMs();
        this.helloLine = helloLine;
        this.truth = truth;
        this.sensor = new SensorModel(dev, s.unit(), new SplittableRandom(Simulator.mix(s.seed(), 3)));
        this.faults = new FaultInjector(new SplittableRandom(Simulator.mix(s.seed(), 4)), rateHz);
        this.wire = new double[dev.channels()];
        this.t0 = t0;
        this.seq0 = seq0;
    }

    /** Device time (unwrapped, ms) of a time since the first frame. */
    long deviceTimeMs(long elapsedMs) {
        return t0 + elapsedMs;
    }

    /**
     * Appends the lines of the generator's current sample to {@code out}.
     *
     * @return whether the sample's frame went out intact
     */
    boolean emit(SampleGenerator gen, ArrayDeque<String> out) {
        long n = gen.n;
        SegmentPlan plan = gen.plan;
        if (plan.name().equals("glitches") && gen.eventDue(1500, 3000)) {
            SplittableRandom r = gen.events();
            int ch = r.nextInt(dev.channels());
            int samples = (int) Math.max(1, Math.floor(0.03 * rateHz));
            boolean sat = r.nextBoolean();
            sensor.startGlitch(ch, samples, sat);
            truth.glitches.add(new GroundTruth.SensorGlitch(gen.elapsedMs, ch, samples, sat ? "saturated" : "zero"));
        }
        sensor.read(gen.kpa, 1000.0 / rateHz, wire);
        long seq = seq0 + n;
        long tMs = t0 + gen.elapsedMs;
        FaultInjector.Action action = plan.name().equals("faults") ? faultAction(gen, out) : FaultInjector.Action.SEND;
        switch (action) {
            case SEND -> out.add(FrameEncoder.frame(seq, tMs, wire, sensor.decimals()));
            case DROP -> truth.neverSent++;
            case REPLACE -> {
                BadLineCategory c = faults.nextCategory();
                truth.badLine(c);
                out.add(faults.badLine(c, seq, tMs, wire, sensor.decimals()));
                if (FaultInjector.replacesFrame(c)) {
                    truth.replaced++;
                    return false;
                }
                out.add(FrameEncoder.frame(seq, tMs, wire, sensor.decimals()));
                return true;
            }
        }
        return action == FaultInjector.Action.SEND;
    }

    private FaultInjector.Action faultAction(SampleGenerator gen, ArrayDeque<String> out) {
        SegmentPlan plan = gen.plan;
        long n = gen.n;
        if (plan != faultPlan) {
            faultPlan = plan;
            helloAgainAt = plan.durationMs() >= 4000
                    ? (long) Math.ceil((plan.startMs + plan.durationMs() / 2) * rateHz / 1000.0) : -1;
        }
        if (n == helloAgainAt) {
            out.add(helloLine);
            truth.hellosResent++;
        }
        if (faults.logLineNow()) {
            out.add(faults.logLine());
            truth.logLines++;
        }
        boolean allowed = gen.elapsedMs >= 1000 && gen.elapsedMs < totalMs - 1000
                && (helloAgainAt < 0 || Math.abs(n - helloAgainAt) > 3)
                && gen.u() < plan.durationMs() - 200;
        return faults.decide(allowed);
    }
}
