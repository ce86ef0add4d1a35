package io.rollsense.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The stroke rhythm is really in the noisy wire values, not only in the truth: total load repeats once per stroke. */
class WireRhythmTest {

    @ParameterizedTest
    @EnumSource(DeviceKind.class)
    void totalLoadRepeatsAtTheStrokePeriod(DeviceKind kind) {
        for (double spm : new double[] {8, 20, 40}) {
            Simulator sim = Simulator.builder().script("steady:90:spm=" + spm).kind(kind).unit(PressureUnit.KPA)
                    .rateHz(50).seed(77).build();
            sim.nextLine();
            List<Double> total = new ArrayList<>();
            for (String l = sim.nextLine(); l != null; l = sim.nextLine()) {
                String[] f = l.substring(1, l.indexOf('*')).split(",");
                double sum = 0;
                for (int i = 2; i < f.length; i++) {
                    sum += Double.parseDouble(f[i]);
                }
                total.add(sum);
            }
            double expectedLag = 60.0 / spm * 50;
            int best = bestLag(total, (int) (expectedLag * 0.6), (int) (expectedLag * 1.6));
            assertEquals(expectedLag, best, expectedLag * 0.04, kind + " at " + spm + " spm");
        }
    }

    private static int bestLag(List<Double> x, int minLag, int maxLag) {
        double mean = x.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        int best = minLag;
        double bestR = -2;
        for (int lag = minLag; lag <= maxLag; lag++) {
            double num = 0;
            double den = 0;
            for (int i = 0; i + lag < x.size(); i++) {
                num += (x.get(i) - mean) * (x.get(i + lag) - mean);
                den += (x.get(i) - mean) * (x.get(i) - mean);
            }
            if (num / den > bestR) {
                bestR = num / den;
                best = lag;
            }
        }
        return best;
    }
}
