package io.rollsense.sim.alt;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The person's motion, stepped sample by sample: where the device is along the back ({@link #u},
 * 0..1 of the travel), how far the body sits sideways ({@link #lateralMm}), how hard it pushes
 * ({@link #load}, 1 = normal) and how much the spine bears ({@link #spine}, 0..1). A stroke is an up
 * pass (a share of the cycle drawn per person, 35–65 %) and a back pass, each eased in and out with a
 * short dwell at the ends; every cycle's length is drawn ±jitter around the pace. Truth (stroke
 * times, parts) is recorded as it happens.
 */
final class AltPerson {
    double u;
    double lateralMm;
    double load = 1;
    double spine;

    private final AltPlan plan;
    private final SplittableRandom r;
    private final double jitter;
    private final double upShare;
    private final double dwell;
    private final double lowU;
    private final double highU;
    private final double spineShiftMm;
    private int part = -1;
    private double partStart;
    private double tau;
    private double cycleSec;
    private double cycleUp;
    private double cycleLow;
    private double cycleHigh;
    private double pushOu;
    private double wanderOu;
    private double holdU;
    // episode / sway parameters of the current part
    private double epStart;
    private double epLen;
    private double epSize;
    private double swayX;
    private double swayXPeriod;
    private double swayLoad;
    private double swayLoadPeriod;
    private double breath;
    private double breathPeriod;
    private double swayU;
    private double shiftAt;
    private double shiftLoad;
    private double shiftX;
    private double phase;

    final List<Long> strokesMs = new ArrayList<>();
    final List<AltTruth.Part> parts = new ArrayList<>();

    /**
     * @param lowU         low end of the travel (share of the back)
     * @param highU        high end of the travel
     * @param spineShiftMm how far the body shifts sideways when it rolls onto the spine
     */
    AltPerson(AltPlan plan, SplittableRandom r, double lowU, double highU, double spineShiftMm) {
        this.plan = plan;
        this.r = r;
        this.spineShiftMm = spineShiftMm;
        this.lowU = lowU;
        this.highU = highU;
        jitter = 0.03 + r.nextDouble() * 0.07;
        upShare = 0.35 + r.nextDouble() * 0.3;
        dwell = r.nextDouble() * 0.12;
        u = lowU;
    }

    /** Advances to time {@code t} s by {@code dt} s; false once the plan is done. */
    boolean step(double t, double dt) {
        if (part < 0) {
            startPart(0, t);
        }
        AltPlan.Part p = plan.parts().get(part);
        double inPart = t - partStart;
        pushOu += (-pushOu / 4.0) * dt + 0.05 * Math.sqrt(2 * dt / 4.0) * gauss();
        wanderOu += (-wanderOu / 8.0) * dt + 2.0 * Math.sqrt(2 * dt / 8.0) * gauss();
        switch (p.type()) {
            case ROLL -> {
                tau += dt / cycleSec;
                if (tau >= 1) {
                    strokesMs.add(Math.round(t * 1000));
                    if (inPart >= p.seconds()) {
                        return next(t);
                    }
                    tau -= 1;
                    newCycle(p.spm());
                }
                u = position(tau);
                episode(p, inPart);
            }
            case HOLD -> {
                if (inPart >= p.seconds()) {
                    return next(t);
                }
                double back = ramp(inPart, p.seconds() - 1.5, 1.5);
                double there = ramp(inPart, 0, 1.5) * (1 - back);
                u = lowU + (holdU - lowU) * there + swayU * Math.sin(2 * Math.PI * t / 7.3 + phase);
                double shifted = ramp(inPart, shiftAt, 2) * (1 - back);
                lateralMm = swayX * Math.sin(2 * Math.PI * t / swayXPeriod + phase) + shiftX * shifted;
                load = (1 + swayLoad * Math.sin(2 * Math.PI * t / swayLoadPeriod))
                        * (1 + breath * Math.sin(2 * Math.PI * t / breathPeriod + phase)) * (1 + shiftLoad * shifted);
            }
            case SIT_UP -> {
                if (inPart >= p.seconds()) {
                    return next(t);
                }
                load = (1 - ramp(inPart, 0, 1)) + ramp(inPart, p.seconds() - 1.5, 1.5);
                u = lowU;
                lateralMm = 0;
            }
        }
        load *= 1 + pushOu;
        lateralMm += wanderOu;
        return true;
    }

    private boolean next(double t) {
        AltPlan.Part p = plan.parts().get(part);
        parts.add(new AltTruth.Part(Math.round(partStart * 1000), Math.round(t * 1000), p.type(),
                p.type() == AltPlan.Type.ROLL ? p.spm() : Double.NaN, p.episode()));
        if (part + 1 >= plan.parts().size()) {
            return false;
        }
        startPart(part + 1, t);
        return true;
    }

    private void startPart(int index, double t) {
        part = index;
        partStart = t;
        AltPlan.Part p = plan.parts().get(index);
        spine = 0;
        load = 1;
        lateralMm = 0;
        phase = r.nextDouble() * 2 * Math.PI;
        if (p.type() == AltPlan.Type.ROLL) {
            tau = 0;
            newCycle(p.spm());
            epStart = p.seconds() * (0.3 + 0.2 * r.nextDouble());
            epLen = switch (p.episode()) {
                case LIFT_OFF -> cycleSec * (0.4 + 0.5 * r.nextDouble());
                case DRIFT -> 10 + 10 * r.nextDouble();
                default -> 6 + 6 * r.nextDouble();
            };
            epSize = switch (p.episode()) {
                case HARD -> 1.8 + 0.6 * r.nextDouble();
                case DRIFT -> (15 + 15 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
                default -> 1;
            };
        } else if (p.type() == AltPlan.Type.HOLD) {
            holdU = lowU + (highU - lowU) * r.nextDouble();
            swayX = 2 + 3 * r.nextDouble();
            swayXPeriod = 4 + 6 * r.nextDouble();
            swayLoad = 0.01 + 0.03 * r.nextDouble();
            swayLoadPeriod = 4 + 6 * r.nextDouble();
            breath = 0.005 + 0.01 * r.nextDouble();
            breathPeriod = 3 + 3 * r.nextDouble();
            swayU = 0.005 + 0.01 * r.nextDouble();
            shiftAt = 2 + Math.max(0, p.seconds() - 6) * r.nextDouble();
            shiftLoad = (0.01 + 0.03 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
            shiftX = (2 + 4 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
        }
    }

    private void newCycle(double spm) {
        cycleSec = 60 / spm * (1 + jitter * (2 * r.nextDouble() - 1));
        cycleUp = Math.max(0.25, Math.min(0.75, upShare + 0.04 * (2 * r.nextDouble() - 1)));
        cycleLow = lowU + 0.02 * (2 * r.nextDouble() - 1);
        cycleHigh = highU + 0.03 * (2 * r.nextDouble() - 1);
    }

    private double position(double x) {
        if (x < cycleUp) {
            return cycleLow + (cycleHigh - cycleLow) * ease(x / cycleUp);
        }
        return cycleHigh - (cycleHigh - cycleLow) * ease((x - cycleUp) / (1 - cycleUp));
    }

    /** Smoothstep after a dwell at both ends. */
    private double ease(double x) {
        double y = Math.max(0, Math.min(1, (x - dwell / 2) / (1 - dwell)));
        return y * y * (3 - 2 * y);
    }

    private void episode(AltPlan.Part p, double inPart) {
        double ramp = p.episode() == AltPlan.Episode.LIFT_OFF ? 0.15 : 1.0;
        double on = ramp(inPart, epStart, ramp) * (1 - ramp(inPart, epStart + epLen, ramp));
        load = 1;
        lateralMm = 0;
        spine = 0;
        switch (p.episode()) {
            case SPINE -> {
                spine = on;
                lateralMm = spineShiftMm * on;
            }
            case HARD -> load = 1 + (epSize - 1) * on;
            case LIFT_OFF -> load = 1 - 0.97 * on;
            case DRIFT -> lateralMm = epSize * Math.sin(Math.PI * Math.max(0, Math.min(1, (inPart - epStart) / epLen)));
            default -> { }
        }
    }

    /** 0 before {@code from}, 1 after {@code from + len}, smooth in between. */
    static double ramp(double x, double from, double len) {
        double y = Math.max(0, Math.min(1, (x - from) / len));
        return y * y * (3 - 2 * y);
    }

    private double gauss() {
        double a = r.nextDouble();
        double b = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - a)) * Math.cos(2 * Math.PI * b);
    }
}
