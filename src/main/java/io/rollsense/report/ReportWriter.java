package io.rollsense.report;

import io.rollsense.session.SessionData;
import io.rollsense.session.SessionSummary;
import io.rollsense.session.SessionTrend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/**
 * Writes a self-contained HTML report of one session into a directory: {@code index.html}, which
 * carries its PNG charts inline as {@code data:} URIs (so the one file can be mailed or opened
 * anywhere), and the same charts as PNG files beside it for reuse (timeline, width-profile heat
 * map, cadence, trend across sessions). Runs headless. Stateless; I/O errors name the file.
 */
public final class ReportWriter {
    /** Chart width in pixels (also the decimation's column count). */
    public static final int WIDTH = 1200;

    private ReportWriter() {
    }

    /**
     * Writes the report.
     *
     * @param history summaries of the sessions for the trend (this one included or not), any order
     * @return the {@code index.html} written
     * @throws IOException naming the directory or file that could not be written
     */
    public static Path write(SessionData d, List<SessionSummary> history, Path outDir) throws IOException {
        try {
            io.rollsense.session.PrivateFiles.createDirectories(outDir);
        } catch (IOException e) {
            throw new IOException("cannot create report directory " + outDir + ": " + e.getMessage(), e);
        }
        List<SessionSummary> all = new ArrayList<>();
        for (SessionSummary s : history) {
            if (!s.id().equals(d.summary().id())) {
                all.add(s);
            }
        }
        all.add(d.summary());
        all.sort(java.util.Comparator.comparingLong(SessionSummary::startHostMs));
        SessionTrend trend = new SessionTrend(all);
        List<String> images = List.of("timeline.png", "heatmap.png", "cadence.png", "trend.png");
        // The charts are independent: build and encode them on two threads.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "report-chart");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> jobs = List.of(
                    pool.submit(() -> png(withSteps(SessionCharts.timeline(d, WIDTH), d), outDir.resolve(images.get(0)), 480)),
                    pool.submit(() -> png(SessionCharts.heatmap(d, WIDTH / 2), outDir.resolve(images.get(1)), 360)),
                    pool.submit(() -> png(withSteps(SessionCharts.cadence(d), d), outDir.resolve(images.get(2)), 280)),
                    pool.submit(() -> png(TrendChart.create(all), outDir.resolve(images.get(3)), 480)));
            for (java.util.concurrent.Future<?> j : jobs) {
                j.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("report interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Path index = outDir.resolve("index.html");
        List<String> inlineImages = new ArrayList<>();
        for (String name : images) {
            inlineImages.add(dataUri(outDir.resolve(name)));
        }
        String html = HtmlReport.render(d, AlertEpisode.from(d.events(), d.frames().durationMs()), trend,
                inlineImages);
        try {
            io.rollsense.session.PrivateFiles.prepareFile(index);
            Files.writeString(index, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot write report " + index + ": " + e.getMessage(), e);
        }
        return index;
    }

    /** The chart with the session's routine steps drawn behind it (unchanged without a routine). */
    private static JFreeChart withSteps(JFreeChart chart, SessionData d) {
        RoutineSection.markSteps(chart, RoutineSection.of(d), SessionCharts.xScale(d));
        return chart;
    }

    /** Loads Java2D, fonts and chart classes; run it on another thread while the session loads. */
    public static void warmUp() {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(64, 32, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setFont(SessionCharts.TITLE);
        g.drawString("RollSense 0123456789", 2, 20);
        g.dispose();
        new org.jfree.chart.plot.XYPlot().getRenderer();
    }

    private static Void png(JFreeChart chart, Path file, int height) throws IOException {
        try {
            io.rollsense.session.PrivateFiles.prepareFile(file);
            ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, height);
            return null;
        } catch (IOException e) {
            throw new IOException("cannot write chart " + file + ": " + e.getMessage(), e);
        }
    }

    /** The PNG file as a {@code data:image/png;base64,...} URI. */
    private static String dataUri(Path png) throws IOException {
        try {
            return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(png));
        } catch (IOException e) {
            throw new IOException("cannot read chart " + png + ": " + e.getMessage(), e);
        }
    }
}
