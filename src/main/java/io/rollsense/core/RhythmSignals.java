package io.rollsense.core;

/**
 * The rhythm signals of one device in 100 ms bins of device time (so 20 Hz and 1000 Hz, and dropped
 * frames, look alike). Rolling changes how much load the device carries and how it is spread, so these
 * are followed:
 * <ol start="0">
 *   <li>the natural log of the total load: a stroke swings it by a share of the load, in any unit and
 *       at any gain (stroke size: {@link #TOTAL_SIZE});</li>
 *   <li>the lateral centre of pressure, mm ({@link #COP_SIZE_MM});</li>
 *   <li>the lateral spread (load-weighted standard deviation of taxel position), mm ({@link #SPREAD_SIZE_MM};
 *       {@link #FEW_POSITIONS_SPREAD_SIZE_MM} with fewer than {@link #INNER_MIN_POSITIONS} lateral positions; none
 *       with two, where it is a function of the centre of pressure);</li>
 *   <li>on devices with at most {@link #FEW_TAXELS} taxels, the log of each taxel's own load
 *       ({@link #TAXEL_SIZE}: one ball also gains and loses load when the body sways sideways);</li>
 *   <li>then, on devices with at least {@link #INNER_MIN_POSITIONS} lateral positions, the log of the
 *       middle taxels' share of the load ({@link #INNER_SIZE}; index {@link #inner}).</li>
 * </ol>
 * Each taxel group's share of the load is kept too ({@link #shape}), not as a rhythm signal but to
 * tell a whole stroke from half of one ({@link #halvesRatio}).
 * While nothing rests on the device, or the load falls under {@link #LIFT_SHARE} of its recent level
 * (a lift-off), the last values are held, so getting off and back on is a step, not a rhythm. Each
 * stored bin is the median of the last {@link #MEDIAN_BINS}, so a glitch of a few frames is not a stroke.
 * A sudden change of level (within {@link #STEP_BINS} or {@link #LONG_STEP_BINS} bins, several strokes'
 * size and well beyond the signal's range just before) is taken out of the history, so rolling on through it still fits as one
 * rhythm. Keeps the last {@link #CAPACITY} bins (64 s). Not thread-safe; one per detector.
 */
final class RhythmSignals {
    static final long BIN_MS = 100;
    static final int FEW_TAXELS = 3;
    /** Smallest stroke: peak-to-peak of the log total load (0.17: ±8.5 % of the load, under the ±10 % a stroke may swing; sway and pushing in a hold move it a few %). */
    static final double TOTAL_SIZE = 0.17;
    /** Smallest stroke in the centre of pressure: a few mm of body sway moves it 10–16 mm on a pad. */
    static final double COP_SIZE_MM = 20;
    static final double SPREAD_SIZE_MM = 4;
    /** On a device with few lateral positions (a pad's three columns straddle the muscle ridges) a few mm of sway moves the spread by 5 mm. */
    static final double FEW_POSITIONS_SPREAD_SIZE_MM = 6;
    /** Smallest stroke on one taxel's log load: larger, as sideways sway moves load between balls. */
    static final double TAXEL_SIZE = 0.45;
    /** Smallest stroke in the log of the middle taxels' share of the load (sway moves load between them, not out of them). */
    static final double INNER_SIZE = 0.3;
    /** Index of the middle-share signal, or -1 when the device has fewer than {@link #INNER_MIN_POSITIONS} lateral positions. */
    final int inner;
    private final double[] innerWeights;

    /**
     * Each taxel's weight in the middle share: 1 at the centre of the layout, falling to 0 at a
     * quarter of its width from the centre; null when fewer than {@link #INNER_MIN_POSITIONS} distinct
     * lateral positions.
     */
    static double[] innerWeights(double[] positionsMm) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : positionsMm) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        if (lateralPositions(positionsMm) < INNER_MIN_POSITIONS || !(hi > lo)) {
            return null;
        }
        double centre = (lo + hi) / 2;
        double half = (hi - lo) / 2;
        double[] w = new double[positionsMm.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(0, 1 - Math.abs(positionsMm[i] - centre) / half * INNER_REACH);
        }
        return w;
    }

    /** Distinct lateral positions of the taxels (to the mm). */
    static long lateralPositions(double[] positionsMm) {
        return java.util.Arrays.stream(positionsMm).map(Math::round).distinct().count();
    }

    /**
     * Whether the spread is a signal of its own: with two lateral positions it is a function of the
     * centre of pressure (64 mm · √(p(1−p)) for two balls 64 mm apart), which moves it twice per sway
     * and, with nearly all the load on one ball, by several mm for a few % of load on the other.
     */
    final boolean spreadOwnSignal;

    /** Devices with fewer distinct lateral positions have no middle share (with 3 columns the middle one sits in the groove over the spine, where sway alone moves it). */
    static final int INNER_MIN_POSITIONS = 5;
    static final double INNER_REACH = 2;

    /** A load under this share of its recent level is a lift-off: values are held. */
    static final double LIFT_SHARE = 0.3;
    private static final double LEVEL_TAU_MS = 10_000;
    static final int MEDIAN_BINS = 3;
    static final int CAPACITY = 640;

    final int signals;
    /** Taxel groups whose share of the load is kept, to tell a stroke from half of one. */
    static final int SHAPE_GROUPS = 12;
    private final int taxels;
    final int shapes;
    /** Share of the load on each taxel group per bin, oldest first (as {@link #bins}). */
    final double[][] shape;
    private final double[] shapeNow;
    private final double[] shapeSums;
    /** Bins per signal, oldest first; {@link #count} are valid. */
    final double[][] bins;
    int count;
    private final double[] strokeSize;
    private final double[] now;
    private final double[] sums;
    private final double[][] recent;
    private final double[] sorted = new double[MEDIAN_BINS];
    private long pushed;
    /** {@link #pushed} when a level step was last taken out of a signal. */
    private long lastStepPushed = Long.MIN_VALUE / 2;
    private int frames;
    private long binIndex = Long.MIN_VALUE;
    private boolean started;
    private double level = Double.NaN;
    private long lastFrameMs = Long.MIN_VALUE;
    /** Device time of the last frame whose values were held (unloaded or lifted off). */
    long lastHeldMs = Long.MIN_VALUE / 2;

    RhythmSignals(double[] positionsMm) {
        int taxels = positionsMm.length;
        widthMm = java.util.Arrays.stream(positionsMm).max().orElse(0) - java.util.Arrays.stream(positionsMm).min().orElse(0);
        innerWeights = innerWeights(positionsMm);
        spreadOwnSignal = lateralPositions(positionsMm) >= 3;
        int few = taxels <= FEW_TAXELS ? taxels : 0;
        inner = innerWeights == null ? -1 : 3 + few;
        signals = 3 + few + (innerWeights == null ? 0 : 1);
        this.taxels = taxels;
        shapes = Math.min(taxels, SHAPE_GROUPS);
        shape = new double[shapes][CAPACITY];
        shapeNow = new double[shapes];
        shapeSums = new double[shapes];
        strokeSize = new double[signals];
        for (int s = 0; s < signals; s++) {
            strokeSize[s] = switch (s) {
                case 0 -> TOTAL_SIZE;
                case 1 -> COP_SIZE_MM;
                case 2 -> lateralPositions(positionsMm) >= INNER_MIN_POSITIONS ? SPREAD_SIZE_MM : FEW_POSITIONS_SPREAD_SIZE_MM;
                default -> s == inner ? INNER_SIZE : TAXEL_SIZE;
            };
        }
        bins = new double[signals][CAPACITY];
        recent = new double[signals][MEDIAN_BINS];
        now = new double[signals];
        sums = new double[signals];
    }

    /** Whether signal {@code s} is one taxel's own load (devices with at most {@link #FEW_TAXELS} taxels). */
    boolean isTaxel(int s) {
        return s >= 3 && s < 3 + (taxels <= FEW_TAXELS ? taxels : 0);
    }

    /** The smallest swing over one period of signal {@code s} that can be a stroke, in its units. */
    double strokeSize(int s) {
        return strokeSize[s];
    }

    /**
     * One frame.
     *
     * @param timeMs   device ms
     * @param totalKpa total load (kPa, or counts from the zero of an uncalibrated raw device)
     * @param copMm    lateral centre of pressure, mm (NaN when unloaded)
     * @param spreadMm lateral spread, mm (NaN when unloaded)
     * @param taxelKpa glitch-free load per taxel
     */
    void add(long timeMs, double totalKpa, double copMm, double spreadMm, double[] taxelKpa) {
        boolean loaded = totalKpa >= Analyzer.LOAD_KPA && !Double.isNaN(copMm);
        if (loaded && Double.isNaN(level)) {
            level = totalKpa;
        } else if (loaded && totalKpa >= LIFT_SHARE * level) {
            double dt = lastFrameMs == Long.MIN_VALUE ? 0 : Math.min(1000, timeMs - lastFrameMs);
            level += (totalKpa - level) * dt / LEVEL_TAU_MS;
        }
        lastFrameMs = timeMs;
        if (loaded && totalKpa >= LIFT_SHARE * level) {
            started = true;
            now[0] = Math.log(totalKpa);
            now[1] = copMm;
            now[2] = spreadMm;
            for (int s = 3; s < 3 + (taxels <= FEW_TAXELS ? taxels : 0); s++) {
                now[s] = Math.log(Math.max(taxelKpa[s - 3], 0.02 * totalKpa));
            }
            if (inner >= 0) {
                double centre = 0;
                for (int i = 0; i < taxels; i++) {
                    centre += innerWeights[i] * Math.max(0, taxelKpa[i]);
                }
                now[inner] = Math.log(Math.max(centre / totalKpa, 0.02));
            }
            java.util.Arrays.fill(shapeNow, 0);
            for (int i = 0; i < taxels; i++) {
                shapeNow[(int) ((long) i * shapes / taxels)] += Math.max(0, taxelKpa[i]) / totalKpa;
            }
        } else {
            lastHeldMs = timeMs;
        }
        long idx = Math.floorDiv(timeMs, BIN_MS);
        if (binIndex == Long.MIN_VALUE) {
            binIndex = idx;
        }
        if (idx != binIndex) {
            for (long b = binIndex; b < idx && frames > 0; b++) {
                push(); // a gap repeats the last bin
            }
            binIndex = idx;
            java.util.Arrays.fill(sums, 0);
            java.util.Arrays.fill(shapeSums, 0);
            frames = 0;
        }
        if (started) {
            for (int s = 0; s < signals; s++) {
                sums[s] += now[s];
            }
            for (int g = 0; g < shapes; g++) {
                shapeSums[g] += shapeNow[g];
            }
            frames++;
        }
    }

    private void push() {
        if (count == CAPACITY) {
            for (double[] b : bins) {
                System.arraycopy(b, CAPACITY / 2, b, 0, CAPACITY / 2);
            }
            for (double[] b : shape) {
                System.arraycopy(b, CAPACITY / 2, b, 0, CAPACITY / 2);
            }
            count = CAPACITY / 2;
        }
        pushed++;
        int n = (int) Math.min(pushed, MEDIAN_BINS);
        for (int s = 0; s < signals; s++) {
            recent[s][(int) (pushed % MEDIAN_BINS)] = sums[s] / frames;
            System.arraycopy(recent[s], 0, sorted, 0, n);
            java.util.Arrays.sort(sorted, 0, n);
            bins[s][count] = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            levelStep(s);
        }
        for (int g = 0; g < shapes; g++) {
            shape[g][count] = shapeSums[g] / frames;
        }
        count++;
    }

    /** Bins over which a change of level is looked for (0.3 s). */
    static final int STEP_BINS = 3;
    /** Bins before it whose range a step must clearly exceed (3 s). */
    static final int STEP_CONTEXT = 30;
    /** A step moves the signal by at least this many strokes' sizes ... */
    static final double STEP_STROKES = 3;
    /** ... and by this many times its range over the {@link #STEP_CONTEXT} bins before. */
    static final double STEP_RANGE = 1.5;

    /** On a narrow device a step of the centre of pressure needs only this share of the device's width (two balls 64 mm apart). */
    static final double STEP_SPAN = 0.3;
    /** Distance between the outermost taxels, mm. */
    private final double widthMm;

    /**
     * A sudden change of level in signal {@code s} (rolling onto the spine or off it, pressing hard,
     * lying down further) is taken out of the history: earlier bins are moved to the new level, so a
     * rhythm that carries on through the step still fits as one. Looked for within
     * {@link #STEP_BINS} and {@link #LONG_STEP_BINS} bins.
     */
    private void levelStep(int s) {
        if (!levelStep(s, STEP_BINS, STEP_STROKES, STEP_RANGE)) {
            levelStep(s, LONG_STEP_BINS, LONG_STEP_STROKES, LONG_STEP_RANGE);
        }
    }

    /** A slower change of level (within 0.6 s, as when a ball rolls onto the spine) needs four strokes' size and twice the range before. */
    static final int LONG_STEP_BINS = 6;
    static final double LONG_STEP_STROKES = 4;
    static final double LONG_STEP_RANGE = 2;

    /** Takes out a step of signal {@code s} within {@code span} bins, if there is one; whether there was. */
    private boolean levelStep(int s, int span, double strokes, double rangeShare) {
        if (count < span + STEP_CONTEXT) {
            return false;
        }
        double[] b = bins[s];
        double d = b[count] - b[count - span];
        double least = s == 1 ? Math.min(strokes * strokeSize[s], STEP_SPAN * widthMm) : strokes * strokeSize[s];
        if (!(Math.abs(d) > least)) {
            return false; // the usual case, settled before the range is scanned
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = count - span - STEP_CONTEXT; i <= count - span; i++) {
            lo = Math.min(lo, b[i]);
            hi = Math.max(hi, b[i]);
        }
        if (Math.abs(d) > rangeShare * (hi - lo)) {
            for (int i = 0; i <= count - span; i++) {
                b[i] += d;
            }
            for (int i = count - span + 1; i < count; i++) {
                b[i] = b[count];
            }
            lastStepPushed = pushed;
            return true;
        }
        return false;
    }

    /**
     * How much more the recent signals differ from themselves about {@code p} bins earlier than about
     * {@code 2p} bins earlier: the mean squared difference, over the last {@link #WIN} periods, of the
     * log total load and every taxel group's share of it, each lag searched within
     * {@link #LAG_SLACK} (cycle-to-cycle jitter), plus {@link #FLOOR} of their variance; lag p over
     * lag 2p. Near 1 or less when the rhythm's period is p; well above 1 when p is only half a stroke
     * whose up and back passes differ (in timing, or in how the load spreads across the device). NaN
     * when the history is too short.
     */
    double halvesRatio(double p) {
        int w = (int) Math.max(MIN_WIN, Math.round(WIN * p));
        int far = (int) Math.ceil(2 * p * (1 + LAG_SLACK));
        if (count < w + far + 1) {
            return Double.NaN;
        }
        if (steppedWithin(w + far)) {
            return 1; // a step in the level lies in the compared bins: no evidence either way
        }
        double floor = FLOOR * variance(w);
        double atP = bestLagDifference(p, w) + floor;
        double at2P = bestLagDifference(2 * p, w) + floor;
        return at2P > 0 ? atP / at2P : Double.NaN;
    }

    /**
     * Share of the window's variance added to both differences, so that a rhythm that repeats well
     * at both lags (differences near the noise) gives a ratio near 1, not a ratio of two noises.
     */
    static final double FLOOR = 0.3;

    /** Summed variance of the log total load and the taxel groups' shares over the last {@code w} bins. */
    private double variance(int w) {
        double v = variance(bins[0], w);
        for (int g = 0; g < shapes && shapes > 1; g++) {
            v += variance(shape[g], w);
        }
        return v;
    }

    private double variance(double[] x, int w) {
        double sum = 0;
        double sq = 0;
        for (int i = count - w; i < count; i++) {
            sum += x[i];
            sq += x[i] * x[i];
        }
        double mean = sum / w;
        return Math.max(0, sq / w - mean * mean);
    }

    /** The halves are compared over the last {@link #WIN} periods, at least {@link #MIN_WIN} bins (4 s). */
    static final int MIN_WIN = 40;
    static final double WIN = 2;
    /** Each lag is searched this share either side (cycle-to-cycle jitter). */
    static final double LAG_SLACK = 0.15;

    /** The smallest mean squared difference of the last {@code w} bins with themselves at a lag within {@link #LAG_SLACK} of {@code lag}. */
    private double bestLagDifference(double lag, int w) {
        double best = Double.POSITIVE_INFINITY;
        for (int l = (int) Math.floor(lag * (1 - LAG_SLACK)); l <= (int) Math.ceil(lag * (1 + LAG_SLACK)); l++) {
            double d = lagDifference(bins[0], l, w);
            for (int g = 0; g < shapes && shapes > 1; g++) {
                d += lagDifference(shape[g], l, w);
            }
            best = Math.min(best, d);
        }
        return best;
    }

    /** Mean squared difference of {@code x}'s last {@code w} bins and the same bins {@code lag} earlier. */
    private double lagDifference(double[] x, int lag, int w) {
        double sum = 0;
        for (int i = count - w; i < count; i++) {
            double d = x[i] - x[i - lag];
            sum += d * d;
        }
        return sum / w;
    }

    /** Whether a level step was taken out of any signal within the last {@code n} bins. */
    boolean steppedWithin(int n) {
        return pushed - lastStepPushed <= n;
    }

    /** Range (max - min) of signal {@code s} over the {@code n} bins ending at index {@code end}. */
    double rangeEndingAt(int s, int end, int n) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = Math.max(0, end - n + 1); i <= end; i++) {
            lo = Math.min(lo, bins[s][i]);
            hi = Math.max(hi, bins[s][i]);
        }
        return hi - lo;
    }

    /** Range (max - min) of signal {@code s} over its last {@code n} bins. */
    double range(int s, int n) {
        int k = Math.min(n, count);
        return k <= 0 ? 0 : rangeEndingAt(s, count - 1, k);
    }
}
