package io.rollsense.eval;

import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.DeviceAnalysis;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.protocol.WireFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Replays one foot of a PhysioNet gaitpdb recording (100 Hz, newtons, 8 sensors per foot) as a
 * slower 8-channel pad (default 40 Hz, so 2.5× slower: strides of 1–1.6 s become 15–24 strokes/min)
 * and compares the analyzer's cadence with the stride rhythm read from the data itself: heel
 * strikes = the foot's total force rising through 20 % of its 95th percentile after at least 0.2 s
 * below it. Cadence truth at a time = 60 / median replayed stride (robust to the strides missed
 * at turns) over strides ending in the previous
 * 16 s. I/O errors name the file.
 */
public final class GaitReplay {
    static final double SOURCE_HZ = 100;
    static final long TRUTH_WINDOW_MS = 16_000;

    /** Result of one foot of one file. */
    public record Result(String name, double truthSpm, double meanAbsPctError, double coverage, long strokes,
                  long strides) {
    }

    private GaitReplay() {
    }

    public static Result run(Path file, boolean leftFoot, double replayHz) throws IOException {
        List<double[]> rows = read(file);
        int col = leftFoot ? 1 : 9;
        double msPerSample = 1000.0 / replayHz;
        double[] pos = {-105, -75, -45, -15, 15, 45, 75, 105};
        Hello hello = new Hello(WireFormat.VERSION, "gait", DeviceKind.PAD, replayHz, PressureUnit.NEWTON, pos,
                null, 1000.0, Map.of());
        DeviceAnalysis analysis = DeviceAnalysis.plain();
        analysis.onHello(hello, e -> { });
        List<AnalysisEvent.Cadence> cadences = new ArrayList<>();
        long[] strokes = {0};
        double[] totals = new double[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            double[] r = rows.get(k);
            double[] v = Arrays.copyOfRange(r, col, col + 8);
            for (double x : v) {
                totals[k] += x;
            }
            analysis.onFrame(new Frame(k, Math.round(k * msPerSample), v), e -> {
                if (e instanceof AnalysisEvent.Cadence c) {
                    cadences.add(c);
                } else if (e instanceof AnalysisEvent.Stroke) {
                    strokes[0]++;
                }
            });
        }
        analysis.finish(e -> { });
        long[] strikes = heelStrikes(totals, msPerSample);
        double errSum = 0;
        int n = 0;
        int covered = 0;
        double truthSum = 0;
        for (AnalysisEvent.Cadence c : cadences) {
            double truth = truthSpm(strikes, c.timeMs());
            if (Double.isNaN(truth)) {
                continue;
            }
            n++;
            truthSum += truth;
            if (c.spm() != null) {
                covered++;
                errSum += Math.abs(c.spm() - truth) / truth;
            }
        }
        String name = file.getFileName() + (leftFoot ? " L" : " R");
        return new Result(name, n == 0 ? Double.NaN : truthSum / n, covered == 0 ? Double.NaN : 100 * errSum / covered,
                n == 0 ? 0 : (double) covered / n, strokes[0], Math.max(0, strikes.length - 1));
    }

    private static double truthSpm(long[] strikes, long t) {
        double[] strides = new double[strikes.length];
        int n = 0;
        for (int i = 1; i < strikes.length; i++) {
            if (strikes[i] <= t && strikes[i] > t - TRUTH_WINDOW_MS) {
                strides[n++] = strikes[i] - strikes[i - 1];
            }
        }
        return n < 3 ? Double.NaN : 60_000.0 / new Median().evaluate(strides, 0, n);
    }

    static long[] heelStrikes(double[] total, double msPerSample) {
        double[] sorted = total.clone();
        Arrays.sort(sorted);
        double thr = 0.2 * sorted[(int) (0.95 * (sorted.length - 1))];
        int minBelow = (int) Math.round(0.2 * SOURCE_HZ);
        List<Long> out = new ArrayList<>();
        int below = 0;
        for (int k = 0; k < total.length; k++) {
            if (total[k] < thr) {
                below++;
            } else {
                if (below >= minBelow) {
                    out.add(Math.round(k * msPerSample));
                }
                below = 0;
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static List<double[]> read(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 17) {
                continue;
            }
            double[] r = new double[f.length];
            try {
                for (int i = 0; i < f.length; i++) {
                    r[i] = Math.max(0, Double.parseDouble(f[i]));
                }
            } catch (NumberFormatException e) {
                continue;
            }
            rows.add(r);
        }
        return rows;
    }
}
