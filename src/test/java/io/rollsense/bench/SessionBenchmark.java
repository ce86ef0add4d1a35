package io.rollsense.bench;

import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.FrameEncoder;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.report.ReportWriter;
import io.rollsense.session.SessionData;
import io.rollsense.session.SessionMetadata;
import io.rollsense.session.SessionReader;
import io.rollsense.session.SessionRecorder;
import io.rollsense.session.SessionVisitor;
import io.rollsense.ui.review.ReviewWindow;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;

/**
 * Speed harness for sessions (docs/performance.md, "Sessions"): records a 1-hour 100 Hz 8-channel
 * session, then times loading it and rendering the report, and opening the review window (when a
 * display is set); then records 1 kHz x 16 channels as fast as it can and checks that every line
 * was kept. Run: {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.rollsense.bench.SessionBenchmark -Dexec.args="target/bench-sessions"}.
 */
public final class SessionBenchmark {
    private SessionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-sessions");
        String only = args.length > 1 ? args[1] : "all";
        Files.createDirectories(dir);
        Hello h8 = new Hello("bench-8", DeviceKind.ROLLER, 100, PressureUnit.KPA, -105, -75, -45, -15, 15, 45, 75, 105);
        Path hour = dir.resolve("hour-100hz-8ch.rsession");
        if (!Files.exists(hour)) {
            long t = System.nanoTime();
            record(hour, h8, 360_000, 10, true);
            System.out.printf("recorded 1 h 100 Hz x 8 ch (%d MB) in %.2f s%n", Files.size(hour) >> 20, secs(t));
        }
        if (only.equals("all") || only.equals("report")) {
            long t = System.nanoTime();
            long cpu = cpuNanos();
            Thread warm = new Thread(ReportWriter::warmUp); // as ReportCommand does
            warm.start();
            SessionData d = SessionData.load(hour, false);
            double load = secs(t);
            ReportWriter.write(d, List.of(d.summary()), dir.resolve("report"));
            System.out.printf("report of 1 h 100 Hz x 8 ch: load %.2f s, total %.2f s wall, %.2f s process CPU (%d frames)%n",
                    load, secs(t), (cpuNanos() - cpu) / 1e9, d.frames().size());
        }
        if ((only.equals("all") || only.equals("review")) && !GraphicsEnvironment.isHeadless()) {
            long t = System.nanoTime();
            long cpu = cpuNanos();
            SwingUtilities.invokeLater(ReviewWindow::warmUp); // as ReviewCommand does
            SessionData d = SessionData.load(hour, false);
            System.out.printf("  review: loaded in %.2f s%n", secs(t));
            CountDownLatch shown = new CountDownLatch(1);
            ReviewWindow[] w = new ReviewWindow[1];
            SwingUtilities.invokeAndWait(() -> w[0] = ReviewWindow.open(d, SessionMetadata.settingsFrom(d.metadata()),
                    new io.rollsense.app.ReviewPlayer(d, SessionMetadata.settingsFrom(d.metadata()), null, null, msg -> { }), 1));
            System.out.printf("  review: window built at %.2f s%n", secs(t));
            SwingUtilities.invokeAndWait(() -> w[0].frame().getContentPane().paint(
                    new java.awt.image.BufferedImage(1400, 820, java.awt.image.BufferedImage.TYPE_INT_RGB).getGraphics()));
            SwingUtilities.invokeLater(shown::countDown);
            shown.await(60, TimeUnit.SECONDS);
            System.out.printf("review of 1 h 100 Hz x 8 ch: loaded, window open and painted in %.2f s wall, %.2f s process CPU%n",
                    secs(t), (cpuNanos() - cpu) / 1e9);
            SwingUtilities.invokeAndWait(() -> w[0].frame().dispose());
        }
        if (only.equals("all") || only.equals("record")) {
            Hello h16 = new Hello("bench-16", DeviceKind.PAD, 1000, PressureUnit.KPA, positions(16));
            Path fast = dir.resolve("fast-1khz-16ch.rsession");
            Files.deleteIfExists(fast);
            int lines = 600_000;
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long t = System.nanoTime();
            long threadCpu = threads.getCurrentThreadCpuTime();
            record(fast, h16, lines, 1, false);
            double s = secs(t);
            System.out.printf("  recorder cost on the calling (analyzer) thread: %.2f us CPU per line, including "
                    + "generating the line%n", (threads.getCurrentThreadCpuTime() - threadCpu) / 1e3 / lines);
            long[] kept = new long[1];
            SessionReader.read(fast, new SessionVisitor() {
                @Override
                public void rawLine(long off, String dev, String line) {
                    kept[0]++;
                }
            });
            System.out.printf("recorded %d lines of 1 kHz x 16 ch (10 min of device time) in %.2f s = %.0f lines/s "
                    + "(%.0fx real time); kept %d of %d frame lines%n", lines, s, lines / s, lines / s / 1000, kept[0] - 1, lines);
        }
        System.out.printf("load average during the run: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.exit(0);
    }

    /** CPU time of the whole JVM (all threads: JIT, GC, Swing) in ns. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double[] positions(int n) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = -150 + 300.0 * i / (n - 1);
        }
        return p;
    }

    /** Records {@code frames} frames through the recorder as the pipeline would (raw line, field, events). */
    static void record(Path file, Hello h, int frames, int periodMs, boolean analysis) {
        SessionRecorder rec = SessionRecorder.startFile(file, SessionMetadata.of("bench", "bench"), System.err::println);
        long t0 = System.currentTimeMillis();
        rec.onRawLine(h.deviceId(), HelloCodec.encode(h), t0);
        rec.onHello(h, t0);
        int n = h.channelCount();
        double[] v = new double[n];
        StringBuilder sb = new StringBuilder(256);
        for (int i = 0; i < frames; i++) {
            long tMs = (long) i * periodMs;
            double centre = (n - 1) / 2.0 * (1 + Math.sin(2 * Math.PI * tMs / 3000.0));
            for (int c = 0; c < n; c++) {
                double d = c - centre;
                v[c] = 5 + 40 * Math.exp(-d * d / 2) + (i % 7) * 0.1;
            }
            sb.setLength(0);
            FrameEncoder.appendFrame(sb, i, tMs, v, 1);
            rec.onRawLine(h.deviceId(), sb.toString(), t0 + tMs);
            if (analysis) {
                rec.onField(h.deviceId(), new PressureField(tMs, v, 100, true, 0, 0, v[n / 2 - 1], 45, n / 2));
                if (i % 300 == 299) {
                    rec.onEvent(h.deviceId(), new AnalysisEvent.Stroke(tMs));
                }
                if (i % 100 == 99) {
                    rec.onEvent(h.deviceId(), new AnalysisEvent.Cadence(tMs, 20.0, 0.8));
                }
                if (i % 6000 == 3000) {
                    rec.onEvent(h.deviceId(), new AnalysisEvent.AlertRaised(AlertKind.SPINE, tMs, 25, 30, 3, 1.2));
                    rec.onEvent(h.deviceId(), new AnalysisEvent.AlertCleared(AlertKind.SPINE, tMs, tMs + 800, 25, 31, 3));
                }
            }
        }
        rec.onStop();
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
