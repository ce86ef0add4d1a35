package io.rollsense.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.protocol.Hello;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A whole session in memory, for review, reports and export: header and metadata, the first
 * device's hello and frames as columns, the recorded events and field summaries, and the summary.
 * Optionally the raw lines too (for re-analysis). Immutable after {@link #load}; safe to share.
 */
public final class SessionData {
    /** An event with the device that produced it and its host offset in ms since the start. */
    public record TimedEvent(long hostOffsetMs, String deviceId, AnalysisEvent event) {
    }

    /** A raw line with its device and host offset in ms since the start. */
    public record RawLine(long hostOffsetMs, String deviceId, String line) {
    }

    private final Path file;
    private final ObjectNode meta;
    private final Hello hello;
    private final FrameColumns frames;
    private final List<TimedEvent> events;
    private final FieldSeries fields;
    private final List<RawLine> rawLines;
    private final SessionSummary summary;
    private final ReadResult readResult;
    private final List<String> deviceIds;
    private final List<JsonNode> routineRecords;

    private SessionData(Loader l, Path file, ReadResult r) {
        this.file = file;
        this.meta = l.meta;
        this.hello = l.hello;
        this.frames = l.frames == null ? new FrameColumns(1) : l.frames;
        this.events = Collections.unmodifiableList(l.events);
        this.fields = l.fields;
        this.rawLines = l.raw == null ? List.of() : Collections.unmodifiableList(l.raw);
        this.summary = l.close != null ? SessionSummary.fromJson(l.close) : l.summary.build(false, r.skipped());
        this.readResult = r;
        this.deviceIds = List.copyOf(l.devices);
        this.routineRecords = Collections.unmodifiableList(l.routine);
    }

    /**
     * Reads a session file.
     *
     * @param keepRawLines also keep every raw line (for re-analysis and playback)
     * @throws IOException naming the file when it cannot be read or is not a session
     */
    public static SessionData load(Path file, boolean keepRawLines) throws IOException {
        return load(file, keepRawLines, null);
    }

    /**
     * Reads a session file, showing one device: {@code deviceId}, or the first device with a hello
     * when {@code null}. A session from {@code live --mqtt --device +} holds several.
     *
     * @throws IOException naming the file when it cannot be read or is not a session, or naming the
     *                     devices it holds when {@code deviceId} is not one of them
     */
    public static SessionData load(Path file, boolean keepRawLines, String deviceId) throws IOException {
        Loader l = new Loader(keepRawLines, deviceId);
        ReadResult r = SessionReader.read(file, l);
        if (deviceId != null && l.hello == null) {
            throw new IOException(file + " has no device '" + deviceId + "' (devices: "
                    + DeviceNames.summarise(l.devices) + ")");
        }
        return new SessionData(l, file, r);
    }

    /** Every device with a hello in the session, in the order they first said hello. */
    public List<String> deviceIds() {
        return deviceIds;
    }

    public Path file() {
        return file;
    }

    /**
     * The shown device's guided-routine records in order ({@code R}, docs/session-format.md): JSON
     * objects decoded by {@code routine.RoutineJson}; empty for a session without a routine.
     */
    public List<JsonNode> routineRecords() {
        return routineRecords;
    }

    /** Header merged with later metadata records ({@code painAfter}, {@code notes}). */
    public JsonNode metadata() {
        return meta;
    }

    /** The shown device's hello (see {@link #load(Path, boolean, String)}), or {@code null} when none. */
    public Hello hello() {
        return hello;
    }

    /** The shown device's valid frames. */
    public FrameColumns frames() {
        return frames;
    }

    /** Recorded events in file order. */
    public List<TimedEvent> events() {
        return events;
    }

    /** The 10 Hz field summaries of the shown device. */
    public FieldSeries fields() {
        return fields;
    }

    /** Raw lines in order (empty unless loaded with {@code keepRawLines}). */
    public List<RawLine> rawLines() {
        return rawLines;
    }

    public SessionSummary summary() {
        return summary;
    }

    public ReadResult readResult() {
        return readResult;
    }

    /** Builds the data while the reader visits the records. */
    private static final class Loader implements SessionVisitor {
        final SummaryBuilder summary = new SummaryBuilder();
        final List<TimedEvent> events = new ArrayList<>();
        final List<JsonNode> routine = new ArrayList<>();
        final FieldSeries fields = new FieldSeries();
        final List<RawLine> raw;
        final java.util.LinkedHashSet<String> devices = new java.util.LinkedHashSet<>();
        final String wanted;
        ObjectNode meta = EventCodec.JSON.createObjectNode();
        Hello hello;
        FrameColumns frames;
        JsonNode close;

        Loader(boolean keepRaw, String wanted) {
            raw = keepRaw ? new ArrayList<>() : null;
            this.wanted = wanted;
        }

        @Override
        public void header(JsonNode header) {
            summary.header(header);
            meta = header.deepCopy();
        }

        @Override
        public void rawLine(long off, String dev, String line) {
            summary.rawLine(off, dev, line);
            if (raw != null) {
                raw.add(new RawLine(off, dev, line));
            }
            if (frames != null) {
                if (dev == null || dev.equals(hello.deviceId())) {
                    frames.addLine(line);
                }
            } // frames before any hello are not frames (the decoder rejects them as no_hello)
        }

        /** Whether a record of device {@code dev} belongs to the shown device. */
        private boolean mine(String dev) {
            if (dev == null) {
                return true;
            }
            String shown = hello != null ? hello.deviceId() : wanted;
            return shown == null || dev.equals(shown);
        }

        @Override
        public boolean rawLinesAsBytes() {
            return raw == null;
        }

        @Override
        public void rawLineBytes(long off, String dev, byte[] b, int from, int to) {
            if (frames == null) {
                rawLine(off, dev, new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
                return;
            }
            summary.rawLineBytes(off, dev, b, from, to);
            if (dev == null || dev.equals(hello.deviceId())) {
                frames.addBytes(b, from, to);
            }
        }

        @Override
        public void hello(long off, String dev, Hello h) {
            summary.hello(off, dev, h);
            devices.add(h.deviceId());
            if (hello == null && (wanted == null || wanted.equals(h.deviceId()))) {
                hello = h;
                frames = new FrameColumns(h.channelCount());
            }
        }

        @Override
        public void event(long off, String dev, AnalysisEvent e) {
            summary.event(off, dev, e);
            if (mine(dev)) {
                events.add(new TimedEvent(off, dev, e));
            }
        }

        @Override
        public void field(long off, String dev, long t, double spine, double max, int ch) {
            summary.field(off, dev, t, spine, max, ch);
            if (mine(dev)) {
                fields.add(t, spine, max);
            }
        }

        @Override
        public void badLine(long off, String dev, String cat, String detail) {
            summary.badLine(off, dev, cat, detail);
        }

        @Override
        public void routine(long off, String dev, JsonNode r) {
            summary.routine(off, dev, r);
            if (mine(dev)) {
                routine.add(r);
            }
        }

        @Override
        public void status(long off, JsonNode s) {
            summary.status(off, s);
        }

        @Override
        public void metadata(long off, JsonNode patch) {
            summary.metadata(off, patch);
            patch.fields().forEachRemaining(e -> {
                if (e.getKey().equals("note")) {
                    String old = meta.path("notes").isTextual() ? meta.get("notes").asText() + "\n" : "";
                    meta.put("notes", old + e.getValue().asText());
                } else {
                    meta.set(e.getKey(), e.getValue());
                }
            });
        }

        @Override
        public void close(long off, JsonNode s) {
            close = s;
        }
    }
}
