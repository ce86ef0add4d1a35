package io.rollsense.eval;

import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.DeviceAnalysis;
import io.rollsense.core.Calibration;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * Replays a FeLT wiping trial (60 Hz, raw counts on a large baseline) as a 2-taxel device: the
 * {@code taxels_left} and {@code taxels_right} sums become a left and a right taxel, as they are: no
 * tare and no calibration (a baseline of about 157,000 counts), as a user's uncalibrated raw device
 * would send them. The wipe shows in the left/right balance,
 * not in the total. Reference rhythm: the strongest spectral peak (Commons Math FFT, zero-padded)
 * of right minus left over the whole trial, within 5–45 strokes/min. I/O errors name the file.
 */
public final class FeltReplay {
    static final double RATE_HZ = 60;

    /** One trial: reference spm, mean reported spm, mean abs error % and coverage. */
    public record Result(String name, double referenceSpm, double meanSpm, double meanAbsPctError, double coverage) {
    }

    private FeltReplay() {
    }

    public static Result run(Path csv) throws IOException {
        List<double[]> rows = read(csv);
        Hello hello = new Hello("felt", DeviceKind.BALLS, RATE_HZ, PressureUnit.RAW, -32, 32);
        Calibration none = Calibration.identity(2);
        DeviceAnalysis analysis = new DeviceAnalysis(AnalysisSettings.DEFAULTS, h -> none, msg -> {
            throw new IllegalStateException(msg);
        });
        analysis.onHello(hello, e -> { });
        List<Double> spm = new ArrayList<>();
        long[] seconds = {0};
        for (int k = 0; k < rows.size(); k++) {
            analysis.onFrame(new Frame(k, Math.round(k * 1000 / RATE_HZ), rows.get(k)), e -> {
                if (e instanceof AnalysisEvent.Cadence c && c.timeMs() >= 10_000) {
                    seconds[0]++;
                    if (c.spm() != null) {
                        spm.add(c.spm());
                    }
                }
            });
        }
        double ref = referenceSpm(rows);
        double err = spm.stream().mapToDouble(v -> Math.abs(v - ref) / ref).average().orElse(Double.NaN);
        double mean = spm.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        String name = csv.getParent().getFileName() + "/" + csv.getFileName();
        return new Result(name, ref, mean, 100 * err, seconds[0] == 0 ? 0 : (double) spm.size() / seconds[0]);
    }

    /** Strongest spectral peak of right - left within 5–45 spm, from a zero-padded FFT. */
    static double referenceSpm(List<double[]> rows) {
        int n = rows.size();
        double mean = rows.stream().mapToDouble(r -> r[1] - r[0]).average().orElse(0);
        int size = Integer.highestOneBit(n) << 3;
        double[] x = new double[size];
        for (int k = 0; k < n; k++) {
            x[k] = rows.get(k)[1] - rows.get(k)[0] - mean;
        }
        Complex[] f = new FastFourierTransformer(DftNormalization.STANDARD).transform(x, TransformType.FORWARD);
        double binSpm = 60 * RATE_HZ / size;
        int lo = (int) Math.ceil(5 / binSpm);
        int hi = (int) Math.floor(45 / binSpm);
        int best = lo;
        for (int b = lo; b <= hi; b++) {
            if (f[b].abs() > f[best].abs()) {
                best = b;
            }
        }
        return best * binSpm;
    }

    private static List<double[]> read(Path csv) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new IOException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        List<double[]> rows = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.strip().split(",");
            if (f.length < 4) {
                continue;
            }
            try {
                rows.add(new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[2])}); // left, right
            } catch (NumberFormatException e) {
                // header
            }
        }
        return rows;
    }
}
