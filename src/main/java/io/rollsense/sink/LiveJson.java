package io.rollsense.sink;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.PipelineStats;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.protocol.Hello;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code live --json}: the analysis events exactly as {@code analyze --json} writes them
 * ({@link EventJson}, with {@code alert_raised} lines and a {@code device} field added), plus status
 * lines; {@code bad_lines} statuses carry {@code count}, {@code hello} statuses the hello's kind,
 * rate, unit and channels. The last line is a {@code summary} with the pipeline's counters and
 * latency. One line per event, flushed at once. Runs on the analyzer thread.
 */
public final class LiveJson implements PipelineListener {
    private final EventJson json;
    private final Map<String, Hello> hellos = new HashMap<>();
    private final long startMs = System.currentTimeMillis();
    private volatile Supplier<PipelineStats> stats = () -> null;
    private long strokes;

    public LiveJson(PrintWriter out) {
        json = new EventJson(out, true);
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
    public void onEvent(String deviceId, AnalysisEvent event) {
        if (event instanceof AnalysisEvent.Stroke) {
            strokes++;
        }
        json.event(event, deviceId);
    }

    @Override
    public void onStatus(StatusEvent status) {
        Map<String, Object> extra = new LinkedHashMap<>();
        Hello h = hellos.get(status.deviceId());
        if (status.kind() == StatusEvent.Kind.HELLO && h != null) {
            extra.put("kind", h.kind().wireName());
            extra.put("rate_hz", h.rateHz());
            extra.put("unit", h.unit().wireName());
            extra.put("channels", h.channelCount());
        }
        json.status(status, extra);
    }

    @Override
    public void onStop() {
        Map<String, Object> f = new LinkedHashMap<>();
        PipelineStats s = stats.get();
        if (s != null) {
            f.put("frames", s.frames());
            f.put("bad_lines", s.badLines());
            f.put("dropped_frames", s.droppedFrames());
            f.put("queue_drops", s.queueDrops());
            f.put("devices", s.devices());
            f.put("latency_p50_ms", s.latency().p50Ms());
            f.put("latency_p99_ms", s.latency().p99Ms());
        }
        f.put("strokes", strokes);
        f.put("host_duration_ms", System.currentTimeMillis() - startMs);
        json.line("summary", f);
    }
}
