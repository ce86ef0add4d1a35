package io.rollsense.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.protocol.Hello;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes {@code live --json} output: the analysis events in the JSON-lines form of
 * {@code analyze --json} (with a {@code device} field added), plus status lines
 * {@code {"type":"status","status":"connected"|...,"device":..,"message":..,"host_time_ms":..}};
 * {@code bad_lines} statuses carry {@code count}, {@code hello} statuses the hello's fields. One line
 * per event, flushed at once. The last line is a {@code summary} (frames, bad lines, dropped frames,
 * queue drops, strokes, devices, latency p50/p99 in ms, host duration). Called on the analyzer
 * thread; not thread-safe otherwise.
 */
public final class JsonLinesListener implements PipelineListener {
    private final ObjectMapper mapper = new ObjectMapper();
    private final PrintWriter out;
    private final Map<String, Long> badLines = new HashMap<>();
    private final Map<String, Hello> hellos = new HashMap<>();
    private final long startMs = System.currentTimeMillis();
    private volatile Supplier<PipelineStats> stats = () -> null;
    private long strokes;

    public JsonLinesListener(PrintWriter out) {
        this.out = out;
    }

    /** Where the final summary takes its counters from (the pipeline, once built). */
    public void statsFrom(Supplier<PipelineStats> source) {
        stats = source;
    }

    @Override
    public void onHello(Hello hello, long hostTimeMs) {
        hellos.put(hello.deviceId(), hello);
    }

    @Override
    public void onBadLine(String deviceId, io.rollsense.protocol.BadLine bad, long hostTimeMs) {
        badLines.merge(deviceId, 1L, Long::sum);
    }

    @Override
    public void onEvent(String deviceId, AnalysisEvent event) {
        if (event instanceof AnalysisEvent.Stroke) {
            strokes++;
        }
        ObjectNode n = EventJsonForm.toJson(mapper, event);
        if (n != null) {
            n.put("device", deviceId);
            write(n);
        }
    }

    @Override
    public void onStatus(StatusEvent status) {
        ObjectNode n = mapper.createObjectNode();
        n.put("type", "status");
        n.put("status", status.kind().key());
        n.put("device", status.deviceId());
        n.put("message", status.message());
        n.put("host_time_ms", status.hostTimeMs());
        if (status.kind() == StatusEvent.Kind.BAD_LINES) {
            n.put("count", badLines.getOrDefault(status.deviceId(), 0L));
        }
        Hello h = hellos.get(status.deviceId());
        if (status.kind() == StatusEvent.Kind.HELLO && h != null) {
            n.put("kind", h.kind().wireName());
            n.put("rate_hz", h.rateHz());
            n.put("unit", h.unit().wireName());
            n.put("channels", h.channelCount());
        }
        write(n);
    }

    @Override
    public void onStop() {
        PipelineStats s = stats.get();
        ObjectNode n = mapper.createObjectNode();
        n.put("type", "summary");
        if (s != null) {
            n.put("frames", s.frames());
            n.put("bad_lines", s.badLines());
            n.put("dropped_frames", s.droppedFrames());
            n.put("queue_drops", s.queueDrops());
            n.put("devices", s.devices());
            n.put("latency_p50_ms", s.latency().p50Ms());
            n.put("latency_p99_ms", s.latency().p99Ms());
        }
        n.put("strokes", strokes);
        n.put("host_duration_ms", System.currentTimeMillis() - startMs);
        write(n);
    }

    private void write(ObjectNode n) {
        out.println(n.toString());
        out.flush();
    }
}
