package io.rollsense.sim;

import java.util.SplittableRandom;

/**
 * Transcendental functions use {@link StrictMath} so the same seed gives the same bytes on every
 * JVM and CPU (Math may use intrinsics that differ in the last bit).
 *
 * The person on the device: where along the back the device is (stroke phase), how hard they
 * push, where the spine sits laterally, and the resulting noise-free pressure on every taxel.
 * Not thread-safe; one per simulator.
 */
final class BodyModel {
    /** Stroke-to-stroke period jitter (standard deviation, fraction). */
    private static final double STROKE_JITTER = 0.02;
    private static final double PUSH_SD = 0.05;
    private static final double PUSH_TAU_MS = 3000;
    private static final double WANDER_TAU_MS = 5000;

    /** Width (standard deviation) of the pressure peak when the device presses on the spine, mm. */
    static final double SPINE_SIGMA_MM = 15;

    private final DeviceModel dev;
    private final SplittableRandom rnd;
    /** Stroke cycles so far; an integer crossing is a stroke (device at the low end, load highest). */
    private double phase = 0.5;
    private double strokeRateFactor = 1;
    private double pushNoise;
    private double wander;
    private double spineMm;

    BodyModel(DeviceModel dev, SplittableRandom rnd) {
        this.dev = dev;
        this.rnd = rnd;
    }

    /**
     * Body cross-section: relative pressure at {@code relMm} from the spine, at position {@code y}
     * along the travel (0 low end, 1 high end), with spine contact {@code contact} (0 none, ~0.65 on it).
     * Ridges sit {@code ridgeMm + ridgeSlopeMm * y} from the spine.
     * Two muscle ridges either side of the spine, a broad low base, and a dip over the spine.
     */
    static double shape(double relMm, double y, double contact, double ridgeMm, double ridgeSlopeMm) {
        double ridge = ridgeMm + ridgeSlopeMm * y;
        double sigma = 12 + 3 * y;
        double a = (relMm - ridge) / sigma;
        double b = (relMm + ridge) / sigma;
        double c = relMm / 100;
        double d = relMm / SPINE_SIGMA_MM;
        return StrictMath.exp(-0.5 * a * a) + StrictMath.exp(-0.5 * b * b) + 0.12 * StrictMath.exp(-0.5 * c * c)
                + contact * StrictMath.exp(-0.5 * d * d);
    }

    /**
     * Advances by {@code dtMs} under the given targets and writes noise-free kPa per taxel into {@code out}.
     *
     * @return the number of strokes completed in this step (0 or 1) with their fractional time in
     *         {@link #lastStrokeFraction()}
     */
    int step(double dtMs, SegmentPlan.Targets t, double[] out) {
        int strokes = 0;
        if (t.rolling()) {
            double before = phase;
            phase += dtMs / 60000.0 * t.spm() * strokeRateFactor;
            if (Math.floor(phase) > Math.floor(before)) {
                strokes = 1;
                lastStrokeFraction = (Math.floor(phase) - before) / (phase - before);
                strokeRateFactor = 1 + clamp(rnd.nextGaussian() * STROKE_JITTER, -2.5 * STROKE_JITTER, 2.5 * STROKE_JITTER);
            }
        }
        double ap = StrictMath.exp(-dtMs / PUSH_TAU_MS);
        pushNoise = clamp(pushNoise * ap + Math.sqrt(1 - ap * ap) * PUSH_SD * rnd.nextGaussian(), -2 * PUSH_SD, 2 * PUSH_SD);
        double aw = StrictMath.exp(-dtMs / WANDER_TAU_MS);
        double sd = dev.wanderSdMm;
        wander = clamp(wander * aw + Math.sqrt(1 - aw * aw) * sd * rnd.nextGaussian(), -2 * sd, 2 * sd);
        spineMm = t.shiftMm() + wander * t.wanderGain();
        double y = (1 - StrictMath.cos(2 * Math.PI * phase)) / 2;
        double level = dev.scale * t.push() * (1 + pushNoise) * t.load();
        for (int i = 0; i < out.length; i++) {
            double yi = clamp(y + dev.rowOffset[i], 0, 1);
            out[i] = level * along(yi) * dev.shape(dev.xMm[i] - spineMm, yi, t.contact()) * dev.lever(dev.xMm[i], spineMm);
            if (t.lean() != 0) {
                out[i] *= lean(dev.xMm[i] - spineMm, t.lean());
            }
        }
        return strokes;
    }

    private double lastStrokeFraction;

    /** Where within the last step the stroke happened, 0..1 of the step. */
    double lastStrokeFraction() {
        return lastStrokeFraction;
    }

    /** Share of the far side's load left at full lean: the near side keeps its load, the far side 40 %. */
    static final double LEAN_FAR_SIDE = 0.4;

    /**
     * Load factor of a point {@code relMm} from the spine when the body leans {@code lean} (-1 left ..
     * +1 right): 1 on the leaned side, down to {@link #LEAN_FAR_SIDE} on the other, smooth over the spine.
     */
    static double lean(double relMm, double lean) {
        double towards = StrictMath.tanh(relMm / 15) * Math.signum(lean);
        return 1 - (1 - LEAN_FAR_SIDE) / 2 * Math.abs(lean) * (1 - towards);
    }

    /** Load factor along the travel: 1.1 at the low end (y = 0), 0.9 at the high end. */
    static double along(double y) {
        return 1 + 0.1 * (1 - 2 * y);
    }

    /** +1 or -1 at random: which way the next sideways movement goes. */
    double driftSign() {
        return rnd.nextBoolean() ? 1 : -1;
    }

    /** True lateral spine position in device coordinates, mm. */
    double spineMm() {
        return spineMm;
    }

    static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : Math.min(v, hi);
    }
}
