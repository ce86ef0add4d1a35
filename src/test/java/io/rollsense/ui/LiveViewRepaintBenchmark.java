package io.rollsense.ui;

import io.rollsense.testing.SyntheticRoll;
import io.rollsense.core.PressureField;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One live-view repaint, offscreen: take the ring snapshot for the window, decimate into the
 * datasets, and draw the time chart (8 taxels + total) and the width profile into a
 * BufferedImage at the live window's chart sizes. A 10-minute window at 200 Hz holds 120,000
 * samples per channel. {@code undecimated} draws the same window with every sample handed to
 * JFreeChart, for comparison.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
public class LiveViewRepaintBenchmark {
    private static final int RATE_HZ = 200;
    private static final Rectangle TIME_AREA = new Rectangle(0, 0, 900, 720);
    private static final Rectangle PROFILE_AREA = new Rectangle(900, 0, 520, 400);

    @Param({"600000"})
    public long windowMs;

    private SampleRing ring;
    private final SampleRing.Snapshot snapshot = new SampleRing.Snapshot();
    private TimeChart timeChart;
    private ProfileChart profileChart;
    private BufferedImage image;
    private long tMs;
    private PressureField last;
    private JFreeChart plainChart;

    @Setup(Level.Trial)
    public void setUp() {
        ring = SampleRing.forRate(8, RATE_HZ, LiveFeed.MAX_WINDOW_MS);
        for (tMs = 0; tMs < windowMs + 5_000; tMs += 1000 / RATE_HZ) {
            append();
        }
        timeChart = new TimeChart(8, SyntheticRoll.POSITIONS_MM);
        timeChart.thresholds(60, 25);
        profileChart = new ProfileChart(SyntheticRoll.POSITIONS_MM);
        profileChart.thresholds(60, 25, 20);
        image = new BufferedImage(1420, 720, BufferedImage.TYPE_INT_RGB);
        plainChart = plainChart();
    }

    private void append() {
        last = SyntheticRoll.field(tMs, 22, 0.2);
        ring.append(tMs, last.pressuresKpa(), last.totalKpa());
    }

    /** The live view's repaint: snapshot, decimate, draw both charts. */
    @Benchmark
    public BufferedImage repaint() {
        for (int i = 0; i < RATE_HZ / 25; i++) { // one 40 ms tick of new data
            tMs += 1000 / RATE_HZ;
            append();
        }
        ring.copySince(tMs - windowMs, snapshot);
        timeChart.update(snapshot, tMs, windowMs, TIME_AREA.width - 80);
        profileChart.update(last, timeChart.ceilingKpa());
        Graphics2D g = image.createGraphics();
        timeChart.chart().draw(g, TIME_AREA);
        profileChart.chart().draw(g, PROFILE_AREA);
        g.dispose();
        return image;
    }

    /** The same window with every sample given to JFreeChart (no decimation). */
    @Benchmark
    @Warmup(iterations = 1, time = 2)
    @Measurement(iterations = 2, time = 4)
    public BufferedImage undecimated() {
        Graphics2D g = image.createGraphics();
        plainChart.draw(g, TIME_AREA);
        g.dispose();
        return image;
    }

    private JFreeChart plainChart() {
        ring.copySince(tMs - windowMs, snapshot);
        DefaultXYDataset ds = new DefaultXYDataset();
        for (int c = 0; c < 8; c++) {
            double[][] xy = new double[2][snapshot.count];
            for (int i = 0; i < snapshot.count; i++) {
                xy[0][i] = snapshot.timesMs[i] / 1000.0;
                xy[1][i] = snapshot.values[c][i];
            }
            ds.addSeries("t" + c, xy);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(ds, new org.jfree.chart.axis.NumberAxis(), new org.jfree.chart.axis.NumberAxis(), r);
        return new JFreeChart(plot);
    }
}
