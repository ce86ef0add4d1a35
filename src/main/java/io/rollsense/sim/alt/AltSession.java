package io.rollsense.sim.alt;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * One simulated session of the second body model: a drawn device, body and plan for a seed, run
 * sample by sample into frames (in the device's unit) and a truth. Sensor effects: Gaussian noise,
 * a slow offset drift per taxel (Ornstein–Uhlenbeck, τ 60 s) and glitches (one taxel at 0 or full
 * scale for 1–3 samples, every 2–6 s). Deterministic for a seed.
 */
public final class AltSession {
    private final AltDevice device;
    private final AltBody body;
    private final AltPlan plan;
    private final long seed;
    private final double lowU;
    private final double highU;

    private AltSession(AltDevice device, AltBody body, AltPlan plan, long seed, double lowU, double highU) {
        this.device = device;
        this.body = body;
        this.plan = plan;
        this.seed = seed;
        this.lowU = lowU;
        this.highU = highU;
    }

    /** Draws a session for a kind and seed; the unit is drawn too (half kPa, 15 % N, 35 % raw counts). */
    public static AltSession draw(DeviceKind kind, long seed) {
        SplittableRandom r = new SplittableRandom(seed * 7919 + kind.ordinal());
        double pick = r.nextDouble();
        return draw(kind, pick < 0.5 ? PressureUnit.KPA : pick < 0.65 ? PressureUnit.NEWTON : PressureUnit.RAW, r, seed);
    }

    /** Draws a session for a kind, unit and seed. */
    public static AltSession draw(DeviceKind kind, PressureUnit unit, long seed) {
        return draw(kind, unit, new SplittableRandom(seed * 7919 + kind.ordinal() + 3), seed);
    }

    private static AltSession draw(DeviceKind kind, PressureUnit unit, SplittableRandom r, long seed) {
        AltDevice device = AltDevice.draw(kind, r, unit);
        double lowU = r.nextDouble() * 0.2;
        double highU = lowU + 0.45 + r.nextDouble() * 0.35;
        AltBody body = new AltBody(r, 0.10 + 0.25 * r.nextDouble(), lowU, highU);
        return new AltSession(device, body, AltPlan.draw(r), seed, lowU, highU);
    }

    public AltDevice device() {
        return device;
    }

    public AltPlan plan() {
        return plan;
    }

    public Hello hello() {
        return device.hello("alt-" + device.kind().wireName() + "-" + seed);
    }

    /** Runs the whole plan; each frame goes to {@code frames}; returns the truth. */
    public AltTruth run(Consumer<Frame> frames) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 17);
        int n = device.channels();
        double spineShift = nearestToCentre(device.lateralMm());
        AltPerson person = new AltPerson(plan, r.split(), lowU, highU, spineShift);
        double dt = 1 / device.rateHz();
        double[] drift = new double[n];
        double nextGlitch = 2 + 4 * r.nextDouble();
        int glitchChannel = -1;
        int glitchLeft = 0;
        double glitchValue = 0;
        for (long k = 0; ; k++) {
            double t = k * dt;
            if (!person.step(t, dt)) {
                break;
            }
            if (t >= nextGlitch) {
                glitchChannel = r.nextInt(n);
                glitchLeft = 1 + r.nextInt(3);
                glitchValue = r.nextBoolean() ? 0 : 4 * device.peakKpa();
                nextGlitch = t + 2 + 4 * r.nextDouble();
            }
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                drift[i] += -drift[i] / 60 * dt + device.driftKpa() * Math.sqrt(2 * dt / 60) * gauss(r);
                double kpa = pressureKpa(person, i) + drift[i] + device.noiseKpa() * gauss(r);
                if (i == glitchChannel && glitchLeft > 0) {
                    kpa = glitchValue;
                }
                values[i] = device.toWire(i, kpa);
            }
            if (glitchLeft > 0 && --glitchLeft == 0) {
                glitchChannel = -1;
            }
            frames.accept(new Frame(k, Math.round(t * 1000), values));
        }
        long[] strokes = person.strokesMs.stream().mapToLong(Long::longValue).toArray();
        return new AltTruth(person.parts, strokes);
    }

    private double pressureKpa(AltPerson p, int i) {
        double u = p.u + device.alongShare()[i];
        double r = device.lateralMm()[i] - p.lateralMm;
        double kpa = device.peakKpa() * p.load * body.loadAlong(u) * body.across(r, u);
        kpa += device.peakKpa() * 0.9 * p.spine * AltBody.bump(r / 20) * Math.min(1.5, p.load);
        return Math.max(0, kpa);
    }

    private static double nearestToCentre(double[] lateralMm) {
        double best = lateralMm[0];
        for (double x : lateralMm) {
            if (Math.abs(x) < Math.abs(best)) {
                best = x;
            }
        }
        return best;
    }

    private static double gauss(SplittableRandom r) {
        double a = r.nextDouble();
        double b = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - a)) * Math.cos(2 * Math.PI * b);
    }
}
