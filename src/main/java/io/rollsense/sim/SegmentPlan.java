package io.rollsense.sim;

/**
 * What the person does during one segment, as smooth targets over time {@code u} (ms into the
 * segment): whether they roll and at what cadence, how hard they push, the load (0 when up), the
 * sideways body shift and the spine contact. Immutable.
 */
final class SegmentPlan {
    /** Push factor during a static hold (stays below the overpressure threshold even at the wobble's top). */
    static final double HOLD_PUSH = 1.08;

    /**
     * What the body aims for at one moment.
     *
     * @param rolling    whether the stroke cycle advances
     * @param spm        cadence, strokes/min
     * @param push       push factor (1 normal)
     * @param load       share of the body on the device (0 up, 1 lying)
     * @param shiftMm    scripted sideways body shift, mm
     * @param contact    spine contact amplitude (0 off the spine)
     * @param wanderGain how much of the spine's random wander applies (pressing hard holds the body still)
     * @param lean       weight leaned onto one side: -1 fully left, +1 fully right, 0 centred (segment param {@code side})
     */
    record Targets(boolean rolling, double spm, double push, double load, double shiftMm, double contact,
                   double wanderGain, double lean) {
    }

    final Segment segment;
    final long startMs;
    final double spmBefore;
    final double spmAfter;
    private final double driftSign;
    private final DeviceModel dev;

    SegmentPlan(Segment segment, long startMs, double currentSpm, DeviceModel dev, double driftSign) {
        this.segment = segment;
        this.startMs = startMs;
        this.dev = dev;
        this.driftSign = driftSign;
        this.spmBefore = segment.param("spm", currentSpm);
        double defTo = spmBefore < 28 ? spmBefore + 10 : spmBefore - 10;
        this.spmAfter = segment.name().equals("cadence-change") ? segment.param("to", defTo) : spmBefore;
    }

    long durationMs() {
        return segment.durationMs();
    }

    long endMs() {
        return startMs + segment.durationMs();
    }

    String name() {
        return segment.name();
    }

    boolean rolling() {
        return Scenarios.isRolling(segment.name());
    }

    /** Time into the segment at which the cadence changes (the segment's end when it does not). */
    long changeAtMs() {
        return segment.name().equals("cadence-change") ? segment.durationMs() / 2 : segment.durationMs();
    }

    Targets targets(double u) {
        double still = segment.name().equals("hard") ? 1 - 0.8 * episode(u) : 1;
        return new Targets(rolling(), spm(u), push(u), load(u), shiftMm(u), contact(u), still, segment.param("side", 0));
    }

    double spm(double u) {
        return u < changeAtMs() ? spmBefore : spmAfter;
    }

    double push(double u) {
        return switch (segment.name()) {
            case "hard" -> 1 + (dev.hardPush - 1) * episode(u);
            case "hold" -> 1 + (HOLD_PUSH - 1) * ramp(u, 0, Math.min(1500, durationMs() / 4.0))
                    * (1 - ramp(u, durationMs() - Math.min(1500, durationMs() / 4.0), durationMs()));
            default -> 1;
        };
    }

    double load(double u) {
        if (!segment.name().equals("up")) {
            return 1;
        }
        double d = durationMs();
        double down = Math.min(1000, d / 3);
        double upRamp = Math.min(1500, d / 3);
        return 1 - ramp(u, 0, down) + ramp(u, d - upRamp, d);
    }

    double shiftMm(double u) {
        return switch (segment.name()) {
            case "drift" -> driftSign * dev.driftMm * StrictMath.sin(Math.PI * u / durationMs());
            case "spine" -> driftSign * dev.spineShiftMm * episode(u);
            default -> 0;
        };
    }

    double contact(double u) {
        return segment.name().equals("spine") ? dev.spineContact * episode(u) : 0;
    }

    /** 0 outside, 1 inside the middle half of the segment, with smooth ramps of up to 1 s. */
    private double episode(double u) {
        double d = durationMs();
        double r = Math.min(1000, d / 8);
        return ramp(u, 0.25 * d - r / 2, 0.25 * d + r / 2) - ramp(u, 0.75 * d - r / 2, 0.75 * d + r / 2);
    }

    /** Smoothstep from 0 at {@code a} to 1 at {@code b}. */
    static double ramp(double u, double a, double b) {
        if (u <= a) {
            return 0;
        }
        if (u >= b) {
            return 1;
        }
        double x = (u - a) / (b - a);
        return x * x * (3 - 2 * x);
    }
}
