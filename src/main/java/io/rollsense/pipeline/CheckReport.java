package io.rollsense.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollsense.protocol.BadLineCategory;
import io.rollsense.protocol.DecoderStats;
import io.rollsense.protocol.Hello;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formats a {@link CaptureSummary} as text for people or as one JSON object for scripts. */
public final class CheckReport {
    /** Measured rate this far (relative) from the declared one is flagged. */
    static final double RATE_TOLERANCE = 0.05;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CheckReport() {
    }

    public static void text(PrintWriter out, String input, DecoderStats s, CaptureSummary sum) {
        out.printf(Locale.ROOT, "capture: %s%n", input);
        out.printf(Locale.ROOT, "lines: %d  hellos: %d  frames: %d  dropped frames: %d  log lines: %d  bad lines: %d%n",
                s.lines(), s.hellos(), s.frames(), s.droppedFrames(), s.logs(), s.badLines());
        if (sum.devices.isEmpty()) {
            out.println("devices: none (no valid #HELLO line; a device must send one on connect)");
        } else {
            out.println("devices:");
        }
        sum.devices.forEach((id, d) -> {
            Hello h = d.hello;
            out.printf(Locale.ROOT, "  %s: kind=%s unit=%s channels=%d%s (first hello on line %d)%n", id, h.kind().wireName(),
                    h.unit().wireName(), h.channelCount(), h.firmware() == null ? "" : " fw=" + h.firmware(), d.firstLine);
            out.printf(Locale.ROOT, "    frames: %d  dropped: %d  rate: declared %s Hz, measured %s%n", d.frames, d.dropped,
                    num(h.rateHz()), rateText(d));
        });
        if (s.badLines() > 0) {
            out.println("bad lines by category:");
            for (BadLineCategory c : BadLineCategory.values()) {
                long n = s.badByCategory().get(c);
                if (n > 0) {
                    out.printf(Locale.ROOT, "  %-14s %d%n", c.key(), n);
                    for (CaptureSummary.Example e : sum.badExamples.getOrDefault(c, List.of())) {
                        out.printf(Locale.ROOT, "    line %d: %s: %s%n", e.line(), e.detail(), e.excerpt());
                    }
                }
            }
        }
        if (!sum.logExamples.isEmpty()) {
            out.printf(Locale.ROOT, "log lines (first %d):%n", sum.logExamples.size());
            sum.logExamples.forEach(e -> out.printf(Locale.ROOT, "    line %d: #%s%n", e.line(), e.detail()));
        }
        List<String> problems = problems(s, sum);
        out.println(problems.isEmpty() ? "result: OK" : "result: " + String.join(", ", problems));
    }

    /** Short phrases for everything a firmware author should fix; empty when the capture is clean. */
    static List<String> problems(DecoderStats s, CaptureSummary sum) {
        List<String> p = new ArrayList<>();
        if (sum.devices.isEmpty()) {
            p.add("no valid hello");
        }
        if (s.badLines() > 0) {
            p.add(s.badLines() + " bad lines");
        }
        if (s.droppedFrames() > 0) {
            p.add(s.droppedFrames() + " dropped frames");
        }
        sum.devices.forEach((id, d) -> {
            if (Math.abs(d.measuredRateHz() / d.hello.rateHz() - 1) > RATE_TOLERANCE) {
                p.add(id + " rate differs from declared");
            }
        });
        return p;
    }

    private static String rateText(CaptureSummary.Device d) {
        double m = d.measuredRateHz();
        if (Double.isNaN(m)) {
            return "n/a (fewer than two frames)";
        }
        double off = m / d.hello.rateHz() - 1;
        return String.format(Locale.ROOT, "%.2f Hz (%+.1f %%)%s", m, 100 * off,
                Math.abs(off) > RATE_TOLERANCE ? "  <-- differs from declared rate" : "");
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    public static String json(String input, DecoderStats s, CaptureSummary sum) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("input", input);
        root.put("lines", s.lines());
        root.put("hellos", s.hellos());
        root.put("frames", s.frames());
        root.put("dropped_frames", s.droppedFrames());
        root.put("log_lines", s.logs());
        root.put("bad_lines", s.badLines());
        ObjectNode byCategory = root.putObject("bad_by_category");
        ObjectNode examples = root.putObject("examples");
        for (BadLineCategory c : BadLineCategory.values()) {
            byCategory.put(c.key(), s.badByCategory().get(c));
            ArrayNode list = examples.putArray(c.key());
            for (CaptureSummary.Example e : sum.badExamples.getOrDefault(c, List.of())) {
                list.addObject().put("line", e.line()).put("detail", e.detail()).put("excerpt", e.excerpt());
            }
        }
        ArrayNode devices = root.putArray("devices");
        sum.devices.forEach((id, d) -> {
            Hello h = d.hello;
            ObjectNode o = devices.addObject().put("device", id).put("kind", h.kind().wireName())
                    .put("unit", h.unit().wireName()).put("channels", h.channelCount()).put("fw", h.firmware())
                    .put("first_line", d.firstLine).put("hellos", d.hellos).put("frames", d.frames)
                    .put("dropped_frames", d.dropped).put("declared_rate_hz", h.rateHz());
            double m = d.measuredRateHz();
            if (Double.isNaN(m)) {
                o.putNull("measured_rate_hz");
            } else {
                o.put("measured_rate_hz", m);
            }
        });
        ArrayNode problems = root.putArray("problems");
        problems(s, sum).forEach(problems::add);
        ArrayNode logs = root.putArray("log_examples");
        sum.logExamples.forEach(e -> logs.addObject().put("line", e.line()).put("text", e.detail()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
