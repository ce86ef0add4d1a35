package io.rollsense.sink;

import io.rollsense.api.RunSummary;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.protocol.BadLineCategory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code analyze}'s readable output (without {@code --json}): the run's numbers and its alerts. */
public final class AnalysisText {
    private AnalysisText() {
    }

    /** Prints the summary of {@code file}'s analysis and its finished alerts. */
    public static void print(PrintWriter out, Path file, RunSummary s, List<AnalysisEvent.AlertCleared> alerts) {
        out.printf(Locale.ROOT, "%s: %s%n", file, s.deviceId() == null ? "no hello found" : s.deviceId() + " (" + s.kind() + ")");
        out.printf(Locale.ROOT, "  duration      %s (%d frames analysed, %d dropped, %d skipped)%n",
                clock(s.durationMs()), s.framesAnalysed(), s.decoder().droppedFrames(), s.skippedFrames());
        StringBuilder bad = new StringBuilder();
        for (BadLineCategory cat : BadLineCategory.values()) {
            long n = s.decoder().badByCategory().getOrDefault(cat, 0L);
            if (n > 0) {
                bad.append(bad.length() == 0 ? " (" : ", ").append(cat.key()).append(' ').append(n);
            }
        }
        out.printf(Locale.ROOT, "  bad lines     %d%s%n", s.decoder().badLines(), bad.length() == 0 ? "" : bad + ")");
        out.printf(Locale.ROOT, "  strokes       %d%n", s.strokes());
        if (Double.isNaN(s.meanSpm())) {
            out.println("  cadence       no rolling rhythm found");
        } else {
            out.printf(Locale.ROOT, "  cadence       %.1f strokes/min on average, rolling %.0f %% of the time, %.0f %% of it in the target band%n",
                    s.meanSpm(), 100 * s.rollingShare(), 100 * s.inTargetShare());
        }
        out.printf(Locale.ROOT, "  alerts        %d overpressure, %d spine%n", s.overpressureAlerts(), s.spineAlerts());
        for (AnalysisEvent.AlertCleared a : alerts) {
            out.printf(Locale.ROOT, "    %-12s %s - %s  peak %.1f kPa on channel %d (threshold %.0f kPa)%n",
                    a.kind().key(), clock(a.startMs()), clock(a.endMs()), a.peakKpa(), a.channel(), a.thresholdKpa());
        }
    }

    /** m:ss.d for a time in ms. */
    static String clock(long ms) {
        long s = ms / 1000;
        return String.format(Locale.ROOT, "%d:%02d.%01d", s / 60, s % 60, (ms % 1000) / 100);
    }
}
