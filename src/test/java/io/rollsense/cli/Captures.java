package io.rollsense.cli;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.FrameEncoder;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.PressureUnit;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test helper: writes captures of an 8-taxel roller (kPa) rolled at 20 strokes/min with ridges
 * either side of the spine, optionally with a pressing-too-hard episode, bad lines and drops.
 */
final class Captures {
    static final double[] POS = {-105, -75, -45, -15, 15, 45, 75, 105};

    private Captures() {
    }

    static Hello hello(double rateHz) {
        return new Hello("roller-cap", DeviceKind.ROLLER, rateHz, PressureUnit.KPA, POS);
    }

    /**
     * @param seconds     length
     * @param pressFromS  start of an overpressure episode (2 s), or negative for none
     * @param badEvery    a garbage line every this many frames (0 = none)
     * @param dropAt      frame index whose line is left out (dropped), or -1
     * @param startMs     device time of the first frame (to test clock wrap)
     */
    static void write(Path file, double rateHz, double seconds, double pressFromS, int badEvery, long dropAt,
                      long startMs) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write(HelloCodec.encode(hello(rateHz)));
            w.write('\n');
            long n = Math.round(seconds * rateHz);
            StringBuilder sb = new StringBuilder(128);
            double[] v = new double[POS.length];
            for (long k = 0; k < n; k++) {
                double t = k / rateHz;
                double load = 30 * (1 + 0.3 * Math.sin(2 * Math.PI * 20 / 60 * t));
                if (t > seconds - 10) {
                    load = 0; // got up for the last 10 s
                }
                for (int i = 0; i < POS.length; i++) {
                    v[i] = load * (g(POS[i] - 50) + g(POS[i] + 50));
                }
                if (pressFromS >= 0 && t >= pressFromS && t < pressFromS + 2) {
                    v[5] = 75;
                }
                if (badEvery > 0 && k % badEvery == badEvery - 1) {
                    w.write("garbage!\n");
                }
                if (k == dropAt) {
                    continue;
                }
                sb.setLength(0);
                FrameEncoder.appendFrame(sb, k, startMs + Math.round(k * 1000 / rateHz), v, 2);
                sb.append('\n');
                w.append(sb);
            }
        }
    }

    private static double g(double u) {
        return Math.exp(-u * u / (2 * 25 * 25));
    }
}
