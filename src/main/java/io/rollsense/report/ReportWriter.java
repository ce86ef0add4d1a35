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
 * Writes a self-contained HTML report of one session into a directory: {@code index.html} and the
 * PNG charts it shows by relative path (timeline, width-profile heat map, cadence, trend across
 * sessions). Runs headless. Stateless; I/O errors name the file.
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
            Files.createDirectories(outDir);
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
        png(SessionCharts.timeline(d, WIDTH), outDir.resolve(images.get(0)), 480);
        png(SessionCharts.heatmap(d, WIDTH / 2), outDir.resolve(images.get(1)), 360);
        png(SessionCharts.cadence(d), outDir.resolve(images.get(2)), 280);
        png(TrendChart.create(all), outDir.resolve(images.get(3)), 480);
        Path index = outDir.resolve("index.html");
        String html = HtmlReport.render(d, AlertEpisode.from(d.events(), d.frames().durationMs()), trend, images);
        try {
            Files.writeString(index, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot write report " + index + ": " + e.getMessage(), e);
        }
        return index;
    }

    private static void png(JFreeChart chart, Path file, int height) throws IOException {
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, height);
        } catch (IOException e) {
            throw new IOException("cannot write chart " + file + ": " + e.getMessage(), e);
        }
    }
}
