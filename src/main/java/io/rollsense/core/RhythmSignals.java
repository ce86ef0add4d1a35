package io.rollsense.core;

/**
 * The rhythm signals of one device in 100 ms bins of device time (so 20 Hz and 1000 Hz, and dropped
 * frames, look alike). Rolling changes how much load the device carries and how it is spread, so these
 * are followed:
 * <ol start="0">
 *   <li>the natural log of the total load: a stroke swings it by a share of the load, in any unit and
 *       at any gain (stroke size: {@link #TOTAL_SIZE});</li>
 *   <li>the lateral centre of pressure, mm ({@link #COP_SIZE_MM});</li>
 *   <li>the lateral spread (load-weighted standard deviation of taxel position), mm ({@link #SPREAD_SIZE_MM});</li>
 *   <li>on devices with at most {@link #FEW_TAXELS} taxels, the log of each taxel's own load
 *       ({@link #TAXEL_SIZE}: one ball also gains and loses load when the body sways sideways).</li>
 * </ol>
 * While nothing rests on the device, or the load falls under {@link #LIFT_SHARE} of its recent level
 * (a lift-off), the last values are held, so getting off and back on is a step, not a rhythm. Each
 * stored bin is the median of the last {@link #MEDIAN_BINS}, so a glitch of a few frames is not a stroke.
 * A sudden change of level (within {@link #STEP_BINS} bins, several strokes' size and well beyond the
 * signal's range just before) is taken out of the history, so rolling on through it still fits as one
 * rhythm. Keeps the last {@link #CAPACITY} bins (64 s). Not thread-safe; one per detector.
 */
final class RhythmSignals {
    static final long BIN_MS = 100;
    static final int FEW_TAXELS = 3;
    /** Smallest stroke: peak-to-peak of the log total load (0.15: ±7.5 % of the load; sway in a hold moves it a few %). */
    static final double TOTAL_SIZE = 0.15;
    /** Smallest stroke in the centre of pressure: a few mm of body sway moves it 10–16 mm on a pad. */
    static final double COP_SIZE_MM = 20;
    static final double SPREAD_SIZE_MM = 4;
    /** Smallest stroke on one taxel's log load: larger, as sideways sway moves load between balls. */
    static final double TAXEL_SIZE = 0.45;
    /** A load under this share of its recent level is a lift-off: values are held. */
    static final double LIFT_SHARE = 0.3;
    private static final double LEVEL_TAU_MS = 10_000;
    static final int MEDIAN_BINS = 3;
    static final int CAPACITY = 640;

    final int signals;
    /** Bins per signal, oldest first; {@link #count} are valid. */
    final double[][] bins;
    int count;
    private final double[] strokeSize;
    private final double[] now;
    private final double[] sums;
    private final double[][] recent;
    private final double[] sorted = new double[MEDIAN_BINS];
    private long pushed;
    private int frames;
    private long binIndex = Long.MIN_VALUE;
    private boolean started;
    private double level = Double.NaN;
    private long lastFrameMs = Long.MIN_VALUE;
    /** Device time of the last frame whose values were held (unloaded or lifted off). */
    long lastHeldMs = Long.MIN_VALUE / 2;

    RhythmSignals(int taxels) {
        signals = 3 + (taxels <= FEW_TAXELS ? taxels : 0);
        strokeSize = new double[signals];
        for (int s = 0; s < signals; s++) {
            strokeSize[s] = switch (s) {
                case 0 -> TOTAL_SIZE;
                case 1 -> COP_SIZE_MM;
                case 2 -> SPREAD_SIZE_MM;
                default -> TAXEL_SIZE;
            };
        }
        bins = new double[signals][CAPACITY];
        recent = new double[signals][MEDIAN_BINS];
        now = new double[signals];
        sums = new double[signals];
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
            for (int s = 3; s < signals; s++) {
                now[s] = Math.log(Math.max(taxelKpa[s - 3], 0.02 * totalKpa));
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
            frames = 0;
        }
        if (started) {
            for (int s = 0; s < signals; s++) {
                sums[s] += now[s];
            }
            frames++;
        }
    }

    private void push() {
        if (count == CAPACITY) {
            for (double[] b : bins) {
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

    /**
     * A sudden change of level in signal {@code s} (rolling onto the spine or off it, pressing hard,
     * lying down further) is taken out of the history: earlier bins are moved to the new level, so a
     * rhythm that carries on through the step still fits as one.
     */
    private void levelStep(int s) {
        if (count < STEP_BINS + STEP_CONTEXT) {
            return;
        }
        double[] b = bins[s];
        double d = b[count] - b[count - STEP_BINS];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = count - STEP_BINS - STEP_CONTEXT; i <= count - STEP_BINS; i++) {
            lo = Math.min(lo, b[i]);
            hi = Math.max(hi, b[i]);
        }
        if (Math.abs(d) > STEP_STROKES * strokeSize[s] && Math.abs(d) > STEP_RANGE * (hi - lo)) {
            for (int i = 0; i <= count - STEP_BINS; i++) {
                b[i] += d;
            }
            for (int i = count - STEP_BINS + 1; i < count; i++) {
                b[i] = b[count];
            }
        }
    }

    /** Range (max - min) of signal {@code s} over its last {@code n} bins. */
    double range(int s, int n) {
        int k = Math.min(n, count);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = count - k; i < count; i++) {
            lo = Math.min(lo, bins[s][i]);
            hi = Math.max(hi, bins[s][i]);
        }
        return k == 0 ? 0 : hi - lo;
    }
}
