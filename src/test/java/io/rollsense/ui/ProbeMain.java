package io.rollsense.ui;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

public class ProbeMain {
    public static void main(String[] a) {
        SampleRing ring = SampleRing.forRate(8, 200, LiveFeed.MAX_WINDOW_MS);
        long t;
        io.rollsense.core.PressureField last = null;
        for (t = 0; t < 605_000; t += 5) {
            last = SyntheticRoll.field(t, 22, 0.2);
            ring.append(t, last.pressuresKpa(), last.totalKpa());
        }
        SampleRing.Snapshot s = new SampleRing.Snapshot();
        TimeChart tc = new TimeChart(8, SyntheticRoll.POSITIONS_MM);
        tc.thresholds(60, 25);
        ProfileChart pc = new ProfileChart(SyntheticRoll.POSITIONS_MM);
        BufferedImage img = new BufferedImage(1420, 720, BufferedImage.TYPE_INT_RGB);
        for (int round = 0; round < 100; round++) {
            long t0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            ring.copySince(t - 600_000, s);
            long t1 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            tc.update(s, t, 600_000, 820);
            long t2 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            Graphics2D g = img.createGraphics();
            tc.chart().draw(g, new Rectangle(0, 0, 900, 720));
            long t3 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            pc.update(last, tc.ceilingKpa());
            pc.chart().draw(g, new Rectangle(900, 0, 520, 400));
            long t4 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            g.dispose();
            if (round % 20 == 19) {
                System.out.printf("copy %.1f  decimate %.1f  drawTime %.1f  profile %.1f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6);
            }
        }
    }
}
