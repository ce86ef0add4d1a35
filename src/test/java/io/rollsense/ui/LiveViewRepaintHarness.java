package io.rollsense.ui;

import io.rollsense.testing.SyntheticRoll;
import io.rollsense.core.PressureField;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The live-view repaint of {@link LiveViewRepaintBenchmark} timed per step, in wall time and in
 * this thread's CPU time (robust when other processes load the machine): 10-minute window, 8
 * taxels at 200 Hz, charts drawn offscreen at the live window's sizes. Args: repaints (300).
 */
public final class LiveViewRepaintHarness {
    private LiveViewRepaintHarness() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        long windowMs = 600_000;
        SampleRing ring = SampleRing.forRate(8, 200, LiveFeed.MAX_WINDOW_MS);
        long t;
        PressureField last = null;
        for (t = 0; t < windowMs + 5_000; t += 5) {
            last = SyntheticRoll.field(t, 22, 0.2);
            ring.append(t, last.pressuresKpa(), last.totalKpa());
        }
        SampleRing.Snapshot s = new SampleRing.Snapshot();
        TimeChart time = new TimeChart(8, SyntheticRoll.POSITIONS_MM);
        time.thresholds(60, 25);
        ProfileChart profile = new ProfileChart(SyntheticRoll.POSITIONS_MM);
        profile.thresholds(60, 25, 20);
        BufferedImage img = new BufferedImage(1420, 720, BufferedImage.TYPE_INT_RGB);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int warm = rounds / 3;
        double[][] cpu = new double[4][rounds];
        double[] wall = new double[rounds];
        for (int r = 0; r < warm + rounds; r++) {
            for (int i = 0; i < 8; i++) {
                t += 5;
                last = SyntheticRoll.field(t, 22, 0.2);
                ring.append(t, last.pressuresKpa(), last.totalKpa());
            }
            long w0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            ring.copySince(t - windowMs, s);
            long c1 = mx.getCurrentThreadCpuTime();
            time.update(s, t, windowMs, 820);
            long c2 = mx.getCurrentThreadCpuTime();
            Graphics2D g = img.createGraphics();
            time.chart().draw(g, new Rectangle(0, 0, 900, 720));
            long c3 = mx.getCurrentThreadCpuTime();
            profile.update(last, time.ceilingKpa());
            profile.chart().draw(g, new Rectangle(900, 0, 520, 400));
            g.dispose();
            long c4 = mx.getCurrentThreadCpuTime();
            long w1 = System.nanoTime();
            if (r >= warm) {
                int k = r - warm;
                cpu[0][k] = (c1 - c0) / 1e6;
                cpu[1][k] = (c2 - c1) / 1e6;
                cpu[2][k] = (c3 - c2) / 1e6;
                cpu[3][k] = (c4 - c3) / 1e6;
                wall[k] = (w1 - w0) / 1e6;
            }
        }
        double[] total = new double[rounds];
        for (int k = 0; k < rounds; k++) {
            total[k] = cpu[0][k] + cpu[1][k] + cpu[2][k] + cpu[3][k];
        }
        System.out.printf(Locale.ROOT, "repaint, 10 min window, 8 taxels at 200 Hz (120,000 samples each), %d repaints:%n", rounds);
        System.out.printf(Locale.ROOT, "  wall  median %.1f ms, p90 %.1f ms%n", median(wall), pct(wall, 0.9));
        System.out.printf(Locale.ROOT, "  CPU   median %.1f ms, p90 %.1f ms (snapshot %.1f, decimate %.1f, draw time chart %.1f,"
                + " width profile %.1f)%n", median(total), pct(total, 0.9), median(cpu[0]), median(cpu[1]), median(cpu[2]),
                median(cpu[3]));
    }

    private static double median(double[] v) {
        return pct(v, 0.5);
    }

    private static double pct(double[] v, double p) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[Math.min(c.length - 1, (int) Math.floor(p * c.length))];
    }
}
