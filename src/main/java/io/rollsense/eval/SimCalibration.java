package io.rollsense.eval;

import io.rollsense.core.Calibration;
import io.rollsense.core.CalibrationPoint;
import io.rollsense.core.FsrCurve;
import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.LineDecoder;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.SimFrameTruth;
import io.rollsense.sim.Simulator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Calibrates a simulated raw-count device the way a person would calibrate a real one against a
 * reference: a calibration session (lying down from empty, rolling, pressing hard) with the same
 * device (seed) gives pairs of raw reading and known pressure (the simulator's noise-free kPa);
 * the zero offset is the mean reading while a taxel carries nothing, and each channel's curve is
 * fitted through the pairs with {@link Calibration#fitChannel}. The sensor's creep and noise stay
 * in the readings, as they would.
 */
public final class SimCalibration {
    /** Calibration session: empty device, lying down, rolling, pressing too hard. */
    static final String SCRIPT = "up:12,steady:30,hard:30";

    private SimCalibration() {
    }

    public static Calibration calibrate(DeviceKind kind, double rateHz, long seed, FsrCurve.Type type) {
        Simulator sim = Simulator.builder().script(SCRIPT).kind(kind).unit(PressureUnit.RAW).rateHz(rateHz).seed(seed)
                .build();
        SimFrameTruth[] latest = new SimFrameTruth[1];
        sim.setTruthListener(t -> latest[0] = t);
        int channels = sim.hello().channelCount();
        List<List<CalibrationPoint>> points = new ArrayList<>();
        double[] zeroSum = new double[channels];
        int[] zeroCount = new int[channels];
        for (int i = 0; i < channels; i++) {
            points.add(new ArrayList<>());
        }
        LineDecoder decoder = new LineDecoder();
        DecodeListener listener = new DecodeListener() {
            @Override
            public void onFrame(Frame frame, long dropped, long lineNumber) {
                double[] kpa = latest[0].pressureKpa();
                double[] raw = frame.values();
                for (int i = 0; i < channels; i++) {
                    if (kpa[i] <= 0) {
                        zeroSum[i] += raw[i];
                        zeroCount[i]++;
                    } else if (kpa[i] >= 1) {
                        points.get(i).add(new CalibrationPoint(raw[i], kpa[i]));
                    }
                }
            }
        };
        String line;
        while ((line = sim.nextLine()) != null) {
            byte[] b = (line + "\n").getBytes(StandardCharsets.ISO_8859_1);
            decoder.feed(b, 0, b.length, listener);
        }
        double[] offsets = new double[channels];
        for (int i = 0; i < channels; i++) {
            offsets[i] = zeroCount[i] == 0 ? 0 : zeroSum[i] / zeroCount[i];
        }
        Calibration cal = Calibration.identity(channels).withDeviceId(sim.hello().deviceId()).withOffsets(offsets);
        for (int i = 0; i < channels; i++) {
            cal = cal.fitChannel(i, points.get(i), type);
        }
        return cal;
    }
}
