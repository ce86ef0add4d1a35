package io.rollsense.session;

import com.fasterxml.jackson.databind.JsonNode;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.EventTally;
import io.rollsense.protocol.Hello;

/**
 * Accumulates a {@link SessionSummary} from records, live (the recorder) or on re-reading (recovery).
 * Not thread-safe.
 */
final class SummaryBuilder implements SessionVisitor {
    private String id;
    private long startHostMs;
    private String device;
    private String deviceKind;
    private long lastOffsetMs;
    private long analysedMs;
    private long rawLines;
    private long frameLines;
    private long badLines;
    private final EventTally tally = new EventTally(AnalysisSettings.DEFAULTS); // the target band is not summarised
    private Integer painBefore;
    private Integer painAfter;

    @Override
    public void header(JsonNode header) {
        id = header.path("id").asText(null);
        startHostMs = header.path("startHostMs").asLong();
        painBefore = SessionSummary.intOrNull(header, "painBefore");
    }

    @Override
    public void rawLine(long hostOffsetMs, String deviceId, String line) {
        seen(hostOffsetMs);
        rawLines++;
        if (!line.isEmpty() && line.charAt(0) == '$') {
            frameLines++;
        }
    }

    @Override
    public boolean rawLinesAsBytes() {
        return true;
    }

    /** Counts a raw line given as bytes (no String needed). */
    @Override
    public void rawLineBytes(long hostOffsetMs, String deviceId, byte[] b, int from, int to) {
        seen(hostOffsetMs);
        rawLines++;
        if (to > from && b[from] == '$') {
            frameLines++;
        }
    }

    @Override
    public void hello(long hostOffsetMs, String deviceId, Hello hello) {
        seen(hostOffsetMs);
        if (device == null) {
            device = hello.deviceId();
            deviceKind = hello.kind().wireName();
        }
    }

    @Override
    public void event(long hostOffsetMs, String deviceId, AnalysisEvent event) {
        seen(hostOffsetMs);
        tally.accept(event);
    }

    @Override
    public void field(long hostOffsetMs, String deviceId, long timeMs, double spineKpa, double maxKpa, int maxChannel) {
        seen(hostOffsetMs);
        analysedMs = Math.max(analysedMs, timeMs);
    }

    @Override
    public void badLine(long hostOffsetMs, String deviceId, String category, String detail) {
        seen(hostOffsetMs);
        badLines++;
    }

    @Override
    public void status(long hostOffsetMs, JsonNode status) {
        seen(hostOffsetMs);
    }

    @Override
    public void metadata(long hostOffsetMs, JsonNode patch) {
        seen(hostOffsetMs);
        if (patch.has("painAfter")) {
            painAfter = SessionSummary.intOrNull(patch, "painAfter");
        }
        if (patch.has("painBefore")) {
            painBefore = SessionSummary.intOrNull(patch, "painBefore");
        }
    }

    void seen(long hostOffsetMs) {
        lastOffsetMs = Math.max(lastOffsetMs, hostOffsetMs);
    }

    SessionSummary build(boolean recovered, long skippedRecords) {
        return new SessionSummary(id, startHostMs, device, deviceKind, lastOffsetMs, analysedMs, rawLines, frameLines, badLines,
                tally.strokes(), Double.isNaN(tally.meanSpm()) ? null : tally.meanSpm(), tally.alerts(), painBefore, painAfter,
                recovered, skippedRecords);
    }
}
