package io.rollsense.pipeline;

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
 * follow them. A bad answer is explained (naming what is allowed) and the question asked again;
 * input that ends mid-conversation is an {@link IOException} naming the question.
 */
public final class CalibrationGuide {
    /** Standard gravity in m/s². */
    static final double G = 9.81;

    private final PrintWriter say;
    private final BufferedReader answers;
    private final FrameAverager averager;
    private final Duration window;

    public CalibrationGuide(PrintWriter say, BufferedReader answers, FrameAverager averager, Duration window) {
        this.say = say;
        this.answers = answers;
        this.averager = averager;
        this.window = window;
    }

    /** Pressure in kPa of {@code massKg} resting on {@code areaCm2}. */
    static double pressureKpa(double massKg, double areaCm2) {
        return massKg * G / (areaCm2 * 1e-4) / 1000;
    }

    public Calibration run(Hello hello) throws IOException, InterruptedException {
        int n = hello.channelCount();
        say.printf(Locale.ROOT, "Device %s: %d channels in %s.%n", hello.deviceId(), n, hello.unit().wireName());
        ask("Step 1, tare: take everything off the device, then press Enter.");
        double[] offsets = measure("tare");
        List<List<CalibrationPoint>> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new ArrayList<>());
        }
        for (int step = 2; ; step++) {
            double kg = askMass("Step " + step + ": mass of a known weight in kg (weigh it on a kitchen scale), or Enter to finish.");
            if (Double.isNaN(kg)) {
                break;
            }
            String where = askChannel(n);
            double cm2 = askPositive("Contact area in cm2 (e.g. 10 x 10 cm = 100)?", "an area",
                    "a number of cm2 above 0 (e.g. 100)");
            double kpa = pressureKpa(kg, cm2);
            ask(String.format(Locale.ROOT, "Place it (%.2f kPa), keep still, then press Enter.", kpa));
            double[] readings = measure("weight");
            for (int ch = 0; ch < n; ch++) {
                if (where.equals("all") || where.equals(Integer.toString(ch))) {
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

    /** The mass in kg, or NaN when the answer is empty (finish); asks again until it is one of those. */
    private double askMass(String prompt) throws IOException {
        for (;;) {
            String answer = ask(prompt);
            if (answer.isBlank()) {
                return Double.NaN;
            }
            double kg = positive(answer);
            if (!Double.isNaN(kg)) {
                return kg;
            }
            retry(answer, "a mass", "a number of kg above 0 (e.g. 2.5), or just Enter to finish");
        }
    }

    /** A number above 0; asks again until it is one. */
    private double askPositive(String prompt, String what, String allowed) throws IOException {
        for (;;) {
            String answer = ask(prompt);
            double v = positive(answer);
            if (!Double.isNaN(v)) {
                return v;
            }
            retry(answer, what, allowed);
        }
    }

    /** "all" or a channel number 0..n-1 (as typed, stripped, "all" in lower case); asks again until it is one. */
    private String askChannel(int n) throws IOException {
        for (;;) {
            String answer = ask("Which channel is it on (0-" + (n - 1) + "), or 'all' when it lies across the whole device?");
            String a = answer.strip();
            if (a.equalsIgnoreCase("all")) {
                return "all";
            }
            try {
                int ch = Integer.parseInt(a);
                if (ch >= 0 && ch < n) {
                    return Integer.toString(ch);
                }
            } catch (NumberFormatException e) {
                // asked again below
            }
            retry(answer, "a channel", "a channel number from 0 to " + (n - 1) + ", or 'all'");
        }
    }

    private void retry(String answer, String what, String allowed) {
        say.printf(Locale.ROOT, "'%s' is not %s: type %s.%n", answer.strip(), what, allowed);
    }

    /** The answer as a finite number above 0 (a decimal comma is accepted), else NaN. */
    private static double positive(String text) {
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            return v > 0 && Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
