package io.rollsense.core;

/**
 * The candidate rhythm signals of one 100 ms bin, from the per-taxel bin means:
 * <ul>
 *   <li>{@link #TOTAL}: log of the total load (its changes are relative changes, so the device's
 *       unit and gain do not matter);</li>
 *   <li>{@link #COP}: lateral centre of pressure, mm (held while nothing rests on the device);</li>
 *   <li>{@link #PATTERN}: how the load is shared between mirror pairs of taxels (a taxel and the one at
 *       the opposite lateral position, summed: a sideways shift of the body changes these sums only a
 *       little, rolling along the back changes them a lot), projected on the direction in which that
 *       sharing changes most (the first principal component of the changes, followed by power
 *       iterations on an exponentially weighted covariance, τ about 15 s). On a pad it sees the load
 *       move between rows along the back, on a roller the muscle ridges move apart and together.</li>
 * </ul>
 * Devices with one taxel have only {@link #TOTAL}, devices with a single mirror pair (a two-ball
 * pad) only {@link #TOTAL} and {@link #COP}. On an uncalibrated raw device the zero is not
 * known (counts sit on a large baseline), so each taxel's lowest bin so far is taken as its zero:
 * relative changes and the centre of pressure then mean something without any calibration.
 * Not thread-safe.
 */
final class RhythmFeatures {
    static final int TOTAL = 0;
    static final int COP = 1;
    static final int PATTERN = 2;
    /** Bins over which the share changes of {@link #PATTERN} are taken. */
    private static final int LAG = 5;
    private static final double FORGET = 1.0 / 150;

    private final double[] posMm;
    private final int[] group;
    private final int groups;
    private final boolean zeroUnknown;
    private final double[] zero;
    private final double[] loads;
    private final double[] shares;
    private final double[][] shareHistory;
    private final double[][] cov;
    private final double[] direction;
    private final double[] scratch;
    private long bins;
    private double level = Double.NaN;
    final double[] values = new double[3];
    final int count;

    /**
     * @param posMm       lateral taxel positions, mm
     * @param zeroUnknown true for an uncalibrated raw device (readings on an unknown baseline)
     */
    RhythmFeatures(double[] posMm, boolean zeroUnknown) {
        this.posMm = posMm.clone();
        this.zeroUnknown = zeroUnknown;
        int n = posMm.length;
        group = mirrorGroups(posMm);
        groups = java.util.Arrays.stream(group).max().orElse(0) + 1;
        count = n == 1 ? 1 : groups < 2 ? 2 : 3;
        zero = new double[n];
        java.util.Arrays.fill(zero, zeroUnknown ? Double.POSITIVE_INFINITY : 0);
        loads = new double[n];
        shares = new double[groups];
        shareHistory = new double[LAG + 1][groups];
        cov = new double[groups][groups];
        direction = new double[groups];
        scratch = new double[groups];
        for (int i = 0; i < groups; i++) {
            direction[i] = (i % 2 == 0 ? 1 : -1) / Math.sqrt(groups);
        }
    }

    /**
     * Mirror groups: the k-th taxel at lateral position x and the k-th at -x (within 3 mm) share a
     * group; a taxel without a partner is a group of its own.
     */
    static int[] mirrorGroups(double[] posMm) {
        int n = posMm.length;
        int[] g = new int[n];
        java.util.Arrays.fill(g, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            if (g[i] >= 0) {
                continue;
            }
            g[i] = next;
            if (Math.abs(posMm[i]) > 3) {
                for (int j = i + 1; j < n; j++) {
                    if (g[j] < 0 && Math.abs(posMm[j] + posMm[i]) <= 3) {
                        g[j] = next;
                        break;
                    }
                }
            }
            next++;
        }
        return g;
    }

    /**
     * Computes {@link #values} from one bin's mean reading per taxel (in the analyzer's unit).
     *
     * @param settled false for bins just after the start or a gap, whose glitch filter was still filling
     *                (they may read low and must not become the zero)
     */
    void compute(double[] binMeans, boolean settled) {
        int n = posMm.length;
        double total = 0;
        double moment = 0;
        for (int i = 0; i < n; i++) {
            if (zeroUnknown && settled) {
                zero[i] = Math.min(zero[i], binMeans[i]);
            }
            loads[i] = Math.max(0, binMeans[i] - zero[i]);
            total += loads[i];
            moment += loads[i] * posMm[i];
        }
        level = Double.isNaN(level) ? total : level + (total - level) / 100;
        double floor = Math.max(zeroUnknown ? 1e-9 : 0.5 * Analyzer.LOAD_KPA, 0.05 * level);
        values[TOTAL] = Math.log(total + floor);
        boolean loaded = total > floor;
        if (loaded) {
            values[COP] = moment / total;
        }
        bins++;
        if (count < 3) {
            return;
        }
        int m = groups;
        double[] row = shareHistory[(int) (bins % (LAG + 1))];
        double[] old = shareHistory[(int) ((bins + 1) % (LAG + 1))];
        if (loaded) {
            java.util.Arrays.fill(shares, 0);
            for (int i = 0; i < n; i++) {
                shares[group[i]] += m * loads[i] / total;
            }
        }
        System.arraycopy(shares, 0, row, 0, m);
        n = m;
        if (bins > LAG) {
            for (int i = 0; i < n; i++) {
                double di = row[i] - old[i];
                for (int j = 0; j < n; j++) {
                    cov[i][j] += (di * (row[j] - old[j]) - cov[i][j]) * FORGET;
                }
            }
        }
        if (bins % 10 == 0) {
            powerStep();
        }
        double p = 0;
        for (int i = 0; i < n; i++) {
            p += direction[i] * shares[i];
        }
        values[PATTERN] = p;
    }

    /** Two power iterations towards the covariance's first eigenvector, keeping its sign. */
    private void powerStep() {
        int n = groups;
        for (int it = 0; it < 2; it++) {
            double norm = 0;
            double dot = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += cov[i][j] * direction[j];
                }
                scratch[i] = s;
                norm += s * s;
                dot += s * direction[i];
            }
            norm = Math.sqrt(norm);
            if (!(norm > 1e-15)) {
                return;
            }
            double sign = dot < 0 ? -1 : 1;
            for (int i = 0; i < n; i++) {
                direction[i] = sign * scratch[i] / norm;
            }
        }
    }
}
