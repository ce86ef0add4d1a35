package io.rollsense.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Analyzer;
import io.rollsense.core.Calibration;
import io.rollsense.core.FsrCurve;
import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.LineDecoder;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.SimFrameTruth;
import io.rollsense.sim.Simulator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimCalibrationTest {
    /** A raw FSR device calibrated in one session reads true pressures within 10 % in another. */
    @Test
    void fittedCalibrationRecoversPressureFromRawCounts() {
        Calibration cal = SimCalibration.calibrate(DeviceKind.ROLLER, 100, 42, FsrCurve.Type.POWER);
        Simulator sim = Simulator.builder().script("steady:30:spm=18").kind(DeviceKind.ROLLER).unit(PressureUnit.RAW)
                .rateHz(100).seed(42).build();
        SimFrameTruth[] latest = new SimFrameTruth[1];
        sim.setTruthListener(t -> latest[0] = t);
        double[] err = new double[2];
        Analyzer[] an = new Analyzer[1];
        LineDecoder d = new LineDecoder();
        DecodeListener l = new DecodeListener() {
            @Override
            public void onHello(Hello hello, long lineNumber) {
                an[0] = new Analyzer(hello, AnalysisSettings.DEFAULTS, cal);
            }

            @Override
            public void onFrame(Frame frame, long dropped, long lineNumber) {
                an[0].onFrame(frame, e -> { });
                double[] kpa = an[0].lastField().pressuresKpa();
                double[] truth = latest[0].pressureKpa();
                for (int i = 0; i < kpa.length; i++) {
                    if (truth[i] > 10) {
                        err[0] += Math.abs(kpa[i] - truth[i]) / truth[i];
                        err[1]++;
                    }
                }
            }
        };
        String line;
        while ((line = sim.nextLine()) != null) {
            byte[] b = (line + "\n").getBytes(StandardCharsets.ISO_8859_1);
            d.feed(b, 0, b.length, l);
        }
        double mean = err[0] / err[1];
        assertTrue(err[1] > 1000 && mean < 0.10, "mean relative error " + mean + " over " + err[1]);
    }
}
