package io.rollsense.cli;

import io.rollsense.app.FrameAverager;
import io.rollsense.core.Calibration;
import io.rollsense.core.CalibrationPoint;
import io.rollsense.core.FsrCurve;
import io.rollsense.protocol.Hello;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The conversation of {@code calibrate}: tare with nothing on the device, then known weights placed
 * on one channel or across the whole device; each channel is fitted through its points (a power
 * law with two or more points, a gain with one). Prompts end with a line break so scripts can
 * follow them.
 */
final class CalibrationGuide {
    /** Standard gravity in m/s². */
    static final double G = 9.81;

    private final PrintWriter say;
    private final BufferedReader answers;
    private final FrameAverager averager;
    private final Duration window;

    CalibrationGuide(PrintWriter say, BufferedReader answers, FrameAverager averager, Duration window) {
        this.say = say;
        this.answers = answers;
        this.averager = averager;
        this.window = window;
    }

    /** Pressure in kPa of {@code massKg} resting on {@code areaCm2}. */
    static double pressureKpa(double massKg, double areaCm2) {
        return massKg * G / (areaCm2 * 1e-4) / 1000;
    }

    Calibration run(Hello hello) throws IOException, InterruptedException {
        int n = hello.channelCount();
        say.printf(Locale.ROOT, "Device %s: %d channels in %s.%n", hello.deviceId(), n, hello.unit().wireName());
        ask("Step 1, tare: take everything off the device, then press Enter.");
        double[] offsets = measure("tare");
        List<List<CalibrationPoint>> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new ArrayList<>());
        }
        for (int step = 2; ; step++) {
            String mass = ask("Step " + step + ": mass of a known weight in kg (weigh it on a kitchen scale), or Enter to finish.");
            if (mass.isBlank()) {
                break;
            }
            double kg = number(mass, "mass");
            String where = ask("Which channel is it on (0-" + (n - 1) + "), or 'all' when it lies across the whole device?");
            double cm2 = number(ask("Contact area in cm2 (e.g. 10 x 10 cm = 100)?"), "area");
            double kpa = pressureKpa(kg, cm2);
            ask(String.format(Locale.ROOT, "Place it (%.2f kPa), keep still, then press Enter.", kpa));
            double[] readings = measure("weight");
            for (int ch = 0; ch < n; ch++) {
                if (where.strip().equalsIgnoreCase("all") || where.strip().equals(Integer.toString(ch))) {
                    points.get(ch).add(new CalibrationPoint(readings[ch], kpa));
                }
            }
        }
        Calibration c = Calibration.identity(n).withOffsets(offsets).withDeviceId(hello.deviceId());
        for (int ch = 0; ch < n; ch++) {
            List<CalibrationPoint> pts = points.get(ch);
            if (pts.isEmpty()) {
                say.printf(Locale.ROOT, "channel %d: no weight, tare only%n", ch);
                continue;
            }
            try {
                c = c.fitChannel(ch, pts, pts.size() >= 2 ? FsrCurve.Type.POWER : FsrCurve.Type.LINEAR);
                say.printf(Locale.ROOT, "channel %d: %s through %d point(s)%n", ch, c.curves()[ch], pts.size());
            } catch (IllegalArgumentException e) {
                say.printf(Locale.ROOT, "channel %d: cannot fit (%s); tare only%n", ch, e.getMessage());
            }
        }
        say.flush();
        return c;
    }

    private double[] measure(String what) throws InterruptedException, IOException {
        FrameAverager.Means m = averager.average(window.dividedBy(4), window); // a quarter to settle
        if (m.frames() == 0) {
            throw new IOException("no frames arrived during the " + what + " step");
        }
        say.printf(Locale.ROOT, "measured %d frames%n", m.frames());
        return m.values();
    }

    private String ask(String prompt) throws IOException {
        say.println(prompt);
        say.flush();
        String line = answers.readLine();
        if (line == null) {
            throw new IOException("input ended during calibration (at: " + prompt + ")");
        }
        return line;
    }

    private static double number(String text, String what) throws IOException {
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IOException(what + " must be a number > 0, was '" + text + "'");
    }
}
