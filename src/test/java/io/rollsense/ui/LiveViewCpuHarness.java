package io.rollsense.ui;

import io.rollsense.testing.SyntheticRoll;
import com.sun.management.OperatingSystemMXBean;
import io.rollsense.api.PipelineControl;
import io.rollsense.api.PipelineListener;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * CPU used by the live window at a given frame rate (needs a display, e.g. Xvfb): pre-fills a
 * full 10-minute window of synthetic frames, then feeds frames in real time for N seconds and
 * prints the process CPU time per wall second. Args: seconds (60), rate Hz (100), window s (600).
 */
public final class LiveViewCpuHarness {
    private LiveViewCpuHarness() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int rateHz = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long windowMs = (args.length > 2 ? Long.parseLong(args[2]) : 600) * 1000;
        Path config = Files.createTempDirectory("rollsense-cpu");
        Files.writeString(config.resolve("live-view.properties"), "window-ms=" + windowMs + "\nmuted=true\n");
        System.setProperty("rollsense.config.dir", config.toString());
        PipelineControl control = new PipelineControl() {
            @Override
            public void requestTare() {
            }

            @Override
            public boolean recording() {
                return false;
            }

            @Override
            public void stop() {
            }
        };
        LiveView.Handle handle = LiveView.show("cpu harness", AnalysisSettings.DEFAULTS, control);
        PipelineListener feed = handle.listener();
        feed.onHello(new io.rollsense.protocol.Hello("synthetic-roller", io.rollsense.protocol.DeviceKind.ROLLER,
                rateHz, io.rollsense.protocol.PressureUnit.KPA, SyntheticRoll.POSITIONS_MM), 0);
        long stepMs = 1000 / rateHz;
        long[] t = {0};
        for (; t[0] < windowMs; t[0] += stepMs) {
            feed.onField("synthetic-roller", SyntheticRoll.field(t[0], 22, 0.2));
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ScheduledExecutorService analyzer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "feed"));
        Thread.sleep(2000); // let the first full-window paint and JIT settle before measuring
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        analyzer.scheduleAtFixedRate(() -> {
            feed.onField("synthetic-roller", SyntheticRoll.field(t[0], 22, 0.2));
            if (t[0] % 1000 == 0) {
                feed.onEvent("synthetic-roller", new AnalysisEvent.Cadence(t[0], 22.0, 0.9));
            }
            t[0] += stepMs;
        }, 0, stepMs * 1000, TimeUnit.MICROSECONDS);
        Thread.sleep(seconds * 1000L);
        long cpu = os.getProcessCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        analyzer.shutdownNow();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (long id : threads.getAllThreadIds()) {
            java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
            long c = threads.getThreadCpuTime(id);
            if (info != null && c > 200_000_000L) {
                System.out.printf(Locale.ROOT, "  thread %-28s %.1f s CPU since start%n", info.getThreadName(), c / 1e9);
            }
        }
        System.out.printf(Locale.ROOT, "live view, %d Hz, %d s window, %d s: process CPU %.1f s = %.1f %% of one core%n",
                rateHz, windowMs / 1000, seconds, cpu / 1e9, 100.0 * cpu / wall);
        handle.close();
        handle.awaitClosed(5, TimeUnit.SECONDS);
        System.exit(0);
    }
}
