package io.rollsense.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollsense.api.PipelineListener;
import io.rollsense.api.RecordingControl;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.BadLine;
import io.rollsense.protocol.Hello;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Records a live session into the library: raw lines exactly as received with host receive times,
 * hellos, events, a 10 Hz field summary, status and bad lines, then a close record with the summary
 * (format: docs/session-format.md). Attach it to a pipeline as a {@link PipelineListener}.
 *
 * <p>Threading: the listener methods run on the analyzer thread and only format into memory; a
 * {@code session-writer} thread writes to disk every 200 ms. {@link #setPainAfter} and {@link #addNote}
 * may be called from any thread; every method updates the summary and hands records to the writer
 * under one lock, so the summary and the record order are the same whoever calls. Errors: nothing is ever thrown into the pipeline; when the
 * directory or file cannot be written, one notice goes to the notice hook, recording stops and
 * {@link #recording()} turns false.
 */
public final class SessionRecorder implements PipelineListener, RecordingControl, AutoCloseable {
    /** Field summary records are written at most once per this much device time. */
    static final long FIELD_WINDOW_MS = 100;
    private static final DateTimeFormatter ID_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final SessionWriter writer;
    private final String id;
    private final long startHostMs;
    private final SummaryBuilder summary = new SummaryBuilder();
    /** Guards the summary, the record buffer, the host clock and the writer: every method takes it, on any thread. */
    private final Object lock = new Object();
    private final StringBuilder record = new StringBuilder(256);
    private final Map<String, FieldWindow> windows = new HashMap<>();
    private long lastHostMs;
    private long rawLines;
    private volatile boolean closed;

    private SessionRecorder(SessionWriter writer, String id, long startHostMs, ObjectNode header) {
        this.writer = writer;
        this.id = id;
        this.startHostMs = startHostMs;
        this.lastHostMs = startHostMs;
        summary.header(header);
    }

    /**
     * Starts a new session file {@code <id>.rsession} in {@code dataDir} (created if missing), after
     * closing sessions there that an earlier run left unfinished ({@link SessionRecovery}). Never
     * throws for I/O: when the directory or file cannot be written, one notice is sent and the
     * returned recorder does nothing ({@link #recording()} is false).
     *
     * @param notices receives one-line messages for the user (e.g. the status line or stderr)
     */
    public static SessionRecorder start(Path dataDir, SessionMetadata meta, Consumer<String> notices) {
        long now = System.currentTimeMillis();
        String base = ID_FORMAT.format(Instant.ofEpochMilli(now));
        if (SessionLibrary.notADirectory(dataDir) != null) {
            notices.accept("session not recorded: " + SessionLibrary.notADirectory(dataDir) + "; live feedback continues");
            return new SessionRecorder(null, null, now, EventCodec.JSON.createObjectNode());
        }
        try {
            Files.createDirectories(dataDir);
            new SessionLibrary(dataDir).recoverAll(notices);
            for (int n = 1; ; n++) {
                String id = n == 1 ? base : base + "-" + n;
                try {
                    return open(dataDir.resolve(id + SessionFormat.SUFFIX), true, id, now, meta, notices);
                } catch (FileAlreadyExistsException e) {
                    if (n > 100) {
                        throw e;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return failedToStart(dataDir, e, notices);
        }
    }

    /** Like {@link #start} but records into the given file (which must not exist or be empty). */
    public static SessionRecorder startFile(Path file, SessionMetadata meta, Consumer<String> notices) {
        long now = System.currentTimeMillis();
        String name = file.getFileName().toString();
        String id = name.endsWith(SessionFormat.SUFFIX) ? name.substring(0, name.length() - SessionFormat.SUFFIX.length()) : name;
        try {
            return open(file, false, id, now, meta, notices);
        } catch (IOException | RuntimeException e) {
            return failedToStart(file, e, notices);
        }
    }

    private static SessionRecorder open(Path file, boolean createNew, String id, long now, SessionMetadata meta, Consumer<String> notices)
            throws IOException {
        ObjectNode h = EventCodec.JSON.createObjectNode();
        h.put("format", "rollsense-session").put("formatVersion", SessionFormat.VERSION).put("id", id)
                .put("startHostMs", now).put("start", Instant.ofEpochMilli(now).toString());
        meta.writeTo(h);
        SessionWriter w = SessionWriter.create(file, createNew, SessionFormat.MAGIC + " " + SessionFormat.VERSION + " " + h, notices);
        return new SessionRecorder(w, id, now, h);
    }

    private static SessionRecorder failedToStart(Path where, Exception e, Consumer<String> notices) {
        String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                ? fse.getFile() + ": " + fse.getReason() : e.getMessage() != null ? e.getMessage() : e.toString();
        notices.accept("session not recorded: cannot write " + where + " (" + reason + "); live feedback continues");
        return new SessionRecorder(null, null, System.currentTimeMillis(), EventCodec.JSON.createObjectNode());
    }

    /** Whether this recorder is writing (false after a start or write failure, or after close). */
    @Override
    public boolean recording() {
        return writer != null && !writer.failed() && !closed;
    }

    /** Whether recording could not start or stopped after a write failure (disk full, unwritable). */
    @Override
    public boolean failed() {
        return writer == null || writer.failed();
    }

    /** The session id, or {@code null} when recording could not start. */
    public String id() {
        return id;
    }

    /** The session file, or {@code null} when recording could not start. */
    public Path file() {
        return writer == null ? null : writer.file();
    }

    @Override
    public void onRawLine(String deviceId, String line, long hostTimeMs) {
        synchronized (lock) {
            if (!recording()) {
                return;
            }
            long off = offset(hostTimeMs);
            rawLines++;
            summary.rawLine(off, deviceId, line);
            begin(SessionFormat.RAW, off, deviceId);
            SessionFormat.appendEscaped(record, line, false);
            emit();
        }
    }

    @Override
    public void onHello(Hello hello, long hostTimeMs) {
        synchronized (lock) {
            if (!recording()) {
                return;
            }
            long off = offset(hostTimeMs);
            summary.hello(off, hello.deviceId(), hello);
            begin(SessionFormat.HELLO, off, hello.deviceId());
            record.append(HelloJson.encode(hello));
            emit();
        }
    }

    @Override
    public void onField(String deviceId, PressureField field) {
        synchronized (lock) {
            if (!recording() || field == null) {
                return;
            }
            FieldWindow w = windows.computeIfAbsent(deviceId == null ? SessionFormat.NO_DEVICE : deviceId, k -> new FieldWindow());
            if (w.add(field, FIELD_WINDOW_MS)) {
                long off = lastHostMs - startHostMs;
                summary.field(off, deviceId, w.timeMs, w.spineKpa, w.maxKpa, w.maxChannel);
                begin(SessionFormat.FIELD, off, deviceId);
                record.append(w.timeMs).append(' ').append((float) w.spineKpa).append(' ').append((float) w.maxKpa)
                        .append(' ').append(w.maxChannel);
                w.reset();
                emit();
            }
        }
    }

    @Override
    public void onEvent(String deviceId, AnalysisEvent event) {
        synchronized (lock) {
            if (!recording() || event == null) {
                return;
            }
            long off = lastHostMs - startHostMs;
            summary.event(off, deviceId, event);
            begin(SessionFormat.EVENT, off, deviceId);
            record.append(EventCodec.encode(event));
            emit();
        }
    }

    @Override
    public void onBadLine(String deviceId, BadLine bad, long hostTimeMs) {
        synchronized (lock) {
            if (!recording() || bad == null) {
                return;
            }
            long off = offset(hostTimeMs);
            summary.badLine(off, deviceId, bad.category().name(), bad.detail());
            begin(SessionFormat.BAD, off, deviceId);
            record.append(bad.category().name()).append(' ');
            SessionFormat.appendEscaped(record, String.valueOf(bad.detail()), false);
            emit();
        }
    }

    @Override
    public void onStatus(StatusEvent status) {
        synchronized (lock) {
            if (!recording() || status == null) {
                return;
            }
            long off = offset(status.hostTimeMs());
            summary.status(off, null);
            ObjectNode o = EventCodec.JSON.createObjectNode().put("status", status.kind().key())
                    .put("device", status.deviceId()).put("message", status.message());
            appendRecord(SessionFormat.STATUS, off, o.toString());
        }
    }

    /**
     * Records the pain rating 0..10 before the session (any thread): a {@code M {"painBefore":N}}
     * record, which overrides the header's value. Does nothing once recording has stopped.
     *
     * @throws IllegalArgumentException when {@code pain} is outside 0..10
     */
    @Override
    public void setPainBefore(int pain) {
        SessionMetadata.checkPain("pain-before", pain);
        metadata(EventCodec.JSON.createObjectNode().put("painBefore", pain));
    }

    /** Records the pain rating 0..10 after the session (any thread); like {@link #setPainBefore}. */
    @Override
    public void setPainAfter(int pain) {
        SessionMetadata.checkPain("pain-after", pain);
        metadata(EventCodec.JSON.createObjectNode().put("painAfter", pain));
    }

    /** Records a note (any thread); notes accumulate. Does nothing once recording has stopped. */
    @Override
    public void addNote(String note) {
        metadata(EventCodec.JSON.createObjectNode().put("note", note));
    }

    private void metadata(ObjectNode patch) {
        synchronized (lock) {
            if (!recording()) {
                return;
            }
            long off = lastHostMs - startHostMs;
            summary.metadata(off, patch);
            appendRecord(SessionFormat.META, off, patch.toString());
        }
    }

    private void appendRecord(char type, long off, String body) {
        writer.append(new StringBuilder(body.length() + 24).append(type).append(' ').append(off).append(' ').append(body));
    }

    @Override
    public void onStop() {
        close();
    }

    /**
     * Writes the close record with the summary and closes the file. A session that never received a
     * line (the port never opened, the broker never answered) is not kept: its file is deleted, so
     * the library and the trend hold only real sessions. Idempotent; never throws.
     */
    @Override
    public void close() {
        boolean empty;
        synchronized (lock) {
            if (writer == null || closed) {
                return;
            }
            empty = rawLines == 0;
            if (!writer.failed() && !empty) {
                long off = Math.max(lastHostMs, System.currentTimeMillis()) - startHostMs;
                summary.seen(off);
                appendRecord(SessionFormat.CLOSE, off, summary.build(false, 0).toJson().toString());
            }
            closed = true;
        }
        writer.close();
        if (empty) {
            try {
                Files.deleteIfExists(writer.file());
            } catch (IOException | RuntimeException e) {
                // an empty session left behind is harmless: recovery closes it like any other
            }
        }
    }

    /** The summary so far; any thread. */
    public SessionSummary summary() {
        synchronized (lock) {
            return summary.build(false, 0);
        }
    }

    private long offset(long hostTimeMs) {
        if (hostTimeMs > lastHostMs) {
            lastHostMs = hostTimeMs;
        }
        return hostTimeMs - startHostMs;
    }

    private void begin(char type, long off, String deviceId) {
        record.setLength(0);
        record.append(type).append(' ').append(off).append(' ');
        if (deviceId == null || deviceId.isEmpty()) {
            record.append(SessionFormat.NO_DEVICE);
        } else {
            SessionFormat.appendEscaped(record, deviceId, true);
        }
        record.append(' ');
    }

    /** Hands the record to the writer; called with the lock held. */
    private void emit() {
        writer.append(record);
    }

    /** The lock every method takes (tests check the listener methods wait for it). */
    Object lock() {
        return lock;
    }

    /** Highest spine and taxel pressure over a window of device time. */
    private static final class FieldWindow {
        long firstMs = Long.MIN_VALUE;
        long timeMs;
        double spineKpa;
        double maxKpa = -1;
        int maxChannel;

        boolean add(PressureField f, long windowMs) {
            if (firstMs == Long.MIN_VALUE) {
                firstMs = f.timeMs();
            }
            timeMs = f.timeMs();
            spineKpa = Math.max(spineKpa, f.spinePressureKpa());
            if (f.maxKpa() > maxKpa) {
                maxKpa = f.maxKpa();
                maxChannel = f.maxChannel();
            }
            return timeMs - firstMs >= windowMs - 1 || timeMs < firstMs;
        }

        void reset() {
            firstMs = Long.MIN_VALUE;
            spineKpa = 0;
            maxKpa = -1;
        }
    }
}
