package io.rollsense.sim.alt;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.protocol.WireFormat;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A drawn device: its taxels (lateral position in mm, position along the back as a share of the
 * travel for pad rows), frame rate, unit, and the sensor's imperfections. Raw devices send
 * {@code baseline + gain × kPa} counts with no calibration anywhere (like a capacitive tactile
 * sensor: a baseline in the tens of thousands, any gain).
 *
 * @param kind         device kind
 * @param rateHz       frame rate, 20–1000 Hz
 * @param unit         unit on the wire
 * @param lateralMm    lateral position of each taxel, mm (negative = left)
 * @param alongShare   offset of each taxel along the back, share of the whole travel (pad rows)
 * @param peakKpa      pressure of a loaded taxel on a muscle ridge at normal push, kPa
 * @param noiseKpa     sensor noise sd, kPa
 * @param driftKpa     sd of each taxel's slow offset drift, kPa
 * @param baseline     raw counts with nothing on a taxel (raw only)
 * @param gain         raw counts per kPa (raw only)
 * @param areaMm2      taxel area for newtons
 */
public record AltDevice(DeviceKind kind, double rateHz, PressureUnit unit, double[] lateralMm, double[] alongShare,
                        double peakKpa, double noiseKpa, double driftKpa, double[] baseline, double[] gain,
                        double areaMm2) {

    private static final double[] RATES = {20, 25, 40, 50, 60, 100, 200, 500, 1000};

    /** Draws a device of a kind; {@code taxels} 0 = the kind's usual layouts, else 1 or 2 (ball pads). */
    public static AltDevice draw(DeviceKind kind, SplittableRandom r, PressureUnit unit) {
        double rate = RATES[r.nextInt(RATES.length)];
        double[] lat;
        double[] along;
        double peak;
        switch (kind) {
            case ROLLER -> {
                int n = 6 + r.nextInt(5);
                double gap = 24 + r.nextDouble() * 12;
                lat = new double[n];
                for (int i = 0; i < n; i++) {
                    lat[i] = (i - (n - 1) / 2.0) * gap;
                }
                along = new double[n];
                peak = 30 + r.nextDouble() * 25;
            }
            case BALLS -> {
                boolean one = r.nextInt(3) == 0;
                double half = 24 + r.nextDouble() * 16;
                lat = one ? new double[] {half} : new double[] {-half, half};
                along = new double[lat.length];
                peak = 60 + r.nextDouble() * 40;
            }
            default -> {
                int rows = 2 + r.nextInt(2);
                int cols = 2 + r.nextInt(2);
                double colGap = 40 + r.nextDouble() * 20;
                double rowGap = 0.06 + r.nextDouble() * 0.08;
                lat = new double[rows * cols];
                along = new double[rows * cols];
                for (int row = 0; row < rows; row++) {
                    for (int c = 0; c < cols; c++) {
                        lat[row * cols + c] = (c - (cols - 1) / 2.0) * colGap;
                        along[row * cols + c] = (row - (rows - 1) / 2.0) * rowGap;
                    }
                }
                peak = 40 + r.nextDouble() * 30;
            }
        }
        double[] base = new double[lat.length];
        double[] gain = new double[lat.length];
        double meanBase = 5_000 + r.nextDouble() * 150_000;
        double meanGain = 5 + r.nextDouble() * 300;
        for (int i = 0; i < lat.length; i++) {
            base[i] = meanBase * (0.8 + 0.4 * r.nextDouble());
            gain[i] = meanGain * (0.7 + 0.6 * r.nextDouble());
        }
        double noise = peak * (0.003 + r.nextDouble() * 0.012);
        double drift = peak * (0.005 + r.nextDouble() * 0.02);
        return new AltDevice(kind, rate, unit, lat, along, peak, noise, drift, base, gain, 200 + r.nextDouble() * 300);
    }

    public int channels() {
        return lateralMm.length;
    }

    /** The hello this device sends. */
    public Hello hello(String id) {
        return new Hello(WireFormat.VERSION, id, kind, rateHz, unit, lateralMm, "alt-1",
                unit == PressureUnit.NEWTON ? areaMm2 : Double.NaN, Map.of("model", "alt"));
    }

    /** A pressure (kPa, may be a glitch's 0 or full scale) as the wire value in this device's unit. */
    double toWire(int channel, double kpa) {
        return switch (unit) {
            case KPA -> Math.round(Math.max(0, kpa) * 10) / 10.0;
            case NEWTON -> Math.round(Math.max(0, kpa) * areaMm2 / 10.0) / 100.0;
            case RAW -> Math.max(0, Math.round(baseline[channel] + gain[channel] * kpa));
        };
    }
}
