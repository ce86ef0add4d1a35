package io.rollsense.session;

import io.rollsense.core.AnalysisEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a session's frames and events as one CSV table for spreadsheets and pandas, in device
 * time order: {@code time_ms,row,ch0_<unit>,...,event,alert_kind,value}. Frame rows fill the channel
 * columns; event rows fill {@code event} ({@code stroke}, {@code cadence}, {@code alert_raised},
 * {@code alert_cleared}), {@code alert_kind} and {@code value} (strokes/min for cadence, peak kPa for
 * alerts). Stateless.
 */
public final class SessionCsv {
    private SessionCsv() {
    }

    /**
     * Writes {@code data} to {@code out}; returns the number of data rows.
     *
     * @throws IOException naming the file when it cannot be written
     */
    public static long write(SessionData data, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return write(data, w);
        } catch (IOException ex) {
            throw new IOException("cannot write CSV " + out + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * As {@link #write(SessionData, Path)} to an open writer (standard output for {@code --csv -}),
     * which is flushed, not closed.
     */
    public static long write(SessionData data, java.io.Writer w) throws IOException {
        FrameColumns f = data.frames();
        String unit = data.hello() == null ? "value" : data.hello().unit().wireName();
        List<SessionData.TimedEvent> events = data.events();
        long rows = 0;
        {
            StringBuilder sb = new StringBuilder(256).append("time_ms,row");
            for (int c = 0; c < f.channels(); c++) {
                sb.append(",ch").append(c).append('_').append(unit);
            }
            w.append(sb.append(",event,alert_kind,value\n"));
            int e = 0;
            for (int i = 0; i <= f.size(); i++) {
                long t = i < f.size() ? f.timeMs(i) : Long.MAX_VALUE;
                while (e < events.size() && events.get(e).event().timeMs() <= t) {
                    w.append(eventRow(events.get(e++).event(), f.channels()));
                    rows++;
                }
                if (i < f.size()) {
                    sb.setLength(0);
                    sb.append(t).append(",frame");
                    for (int c = 0; c < f.channels(); c++) {
                        sb.append(',').append(f.value(c, i));
                    }
                    w.append(sb.append(",,,\n"));
                    rows++;
                }
            }
        }
        w.flush();
        return rows;
    }

    private static String eventRow(AnalysisEvent e, int channels) {
        StringBuilder sb = new StringBuilder(64).append(e.timeMs()).append(",event");
        sb.append(",".repeat(channels));
        if (e instanceof AnalysisEvent.Stroke) {
            sb.append(",stroke,,");
        } else if (e instanceof AnalysisEvent.Cadence c) {
            sb.append(",cadence,,").append(c.spm() == null ? "" : c.spm().toString());
        } else if (e instanceof AnalysisEvent.AlertRaised a) {
            sb.append(",alert_raised,").append(a.kind().key()).append(',').append(a.peakKpa());
        } else if (e instanceof AnalysisEvent.AlertCleared a) {
            sb.append(",alert_cleared,").append(a.kind().key()).append(',').append(a.peakKpa());
        } else if (e instanceof AnalysisEvent.Tare t) {
            sb.append(",tare_").append(t.result().key()).append(",,").append(t.highestKpa());
        }
        return sb.append('\n').toString();
    }
}
