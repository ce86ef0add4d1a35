package io.rollsense.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Finds and closes sessions left unfinished by a crash: re-reads what the file holds, cuts off a
 * last line torn by the crash, and appends a close record whose summary says {@code recovered}.
 * A session locked by a running recorder is left alone. Stateless.
 */
public final class SessionRecovery {
    private static final int TAIL_BYTES = 1 << 16;

    private SessionRecovery() {
    }

    /**
     * The summary of a session: from its close record when it has one (reading only the file's
     * tail), otherwise after recovering it, or (when a recorder holds it) computed without writing;
     * {@code null} when it was an unfinished session that never received a line (recovery removed it).
     */
    public static SessionSummary summaryOrRecover(Path file, Consumer<String> notices) throws IOException {
        SessionSummary s = closeSummary(file);
        if (s != null) {
            return s;
        }
        recover(file, notices);
        if (!Files.exists(file)) {
            return null; // an empty unfinished session, removed by recover
        }
        s = closeSummary(file);
        if (s != null) {
            return s;
        }
        SummaryBuilder b = new SummaryBuilder();
        ReadResult r = SessionReader.read(file, b);
        return b.build(false, r.skipped());
    }

    /** The summary of what a session file holds, read without writing anything, or {@code null} when unreadable. */
    static SessionSummary readOnlySummary(Path file) {
        try {
            SummaryBuilder b = new SummaryBuilder();
            ReadResult r = SessionReader.read(file, b);
            return b.build(false, r.skipped());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Closes {@code file} if it has no close record and no recorder holds it; an unfinished session
     * that never received a line is deleted instead (it holds nothing to review).
     *
     * @return whether a close record was written or the empty session removed
     * @throws IOException naming the file when it cannot be read or written
     */
    public static boolean recover(Path file, Consumer<String> notices) throws IOException {
        if (closeSummary(file) != null) {
            return false; // finished: only its tail was read
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                return false; // recorded by this process right now
            }
            if (lock == null) {
                return false; // recorded by another process right now
            }
            if (ch.size() == 0) {
                lock.release();
                Files.delete(file); // a leftover of a recording that could not even write its header (disk full)
                notices.accept("removed empty leftover " + file.getFileName() + " (0 bytes: its recording never started)");
                return true;
            }
            SummaryBuilder b = new SummaryBuilder();
            ReadResult r = SessionReader.read(file, b);
            if (r.finished()) {
                return false;
            }
            SessionSummary found = b.build(true, r.skipped());
            if (found.rawLines() == 0) {
                lock.release();
                Files.delete(file); // nothing was ever received: not a session (see SessionRecorder#close)
                notices.accept("removed unfinished session " + file.getFileName() + ": it never received a line");
                return true;
            }
            long size = ch.size();
            if (r.tornTailBytes() > 0) {
                ch.truncate(size - r.tornTailBytes());
            }
            SessionSummary summary = b.build(true, r.skipped());
            String rec = SessionFormat.CLOSE + " " + summary.durationMs() + " " + summary.toJson() + "\n";
            ByteBuffer buf = ByteBuffer.wrap(rec.getBytes(StandardCharsets.UTF_8));
            ch.position(ch.size());
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(false);
            String skipped = r.skippedMessage();
            notices.accept("recovered unfinished session " + file.getFileName() + " ("
                    + Math.round(summary.durationMs() / 1000.0) + " s, " + summary.rawLines() + " lines"
                    + (skipped == null ? "" : "; " + skipped) + ")");
            return true;
        } catch (IOException e) {
            throw new IOException("cannot recover session " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds a pain rating after the session to a finished session: appends a metadata record and a
     * new close record with the updated summary (the last close record wins). Closes an unfinished
     * session first.
     *
     * @return the updated summary
     * @throws IOException naming the file when it is being recorded, unreadable or unwritable
     */
    public static SessionSummary ratePainAfter(Path file, int painAfter, Consumer<String> notices) throws IOException {
        SessionMetadata.checkPain("pain-after", painAfter);
        recover(file, notices);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IOException(file + " is being recorded; rate it when the session has ended");
            }
            SessionSummary old = closeSummary(file);
            if (old == null) {
                throw new IOException(file + " has no readable close record");
            }
            SessionSummary updated = new SessionSummary(old.id(), old.startHostMs(), old.device(), old.deviceKind(),
                    old.durationMs(), old.analysedMs(), old.rawLines(), old.frameLines(), old.badLines(), old.strokes(),
                    old.meanCadenceSpm(), old.alerts(), old.painBefore(), painAfter, old.recovered(), old.skippedRecords());
            String off = Long.toString(old.durationMs());
            String rec = SessionFormat.META + " " + off + " {\"painAfter\":" + painAfter + "}\n"
                    + SessionFormat.CLOSE + " " + off + " " + updated.toJson() + "\n";
            ByteBuffer buf = ByteBuffer.wrap(rec.getBytes(StandardCharsets.UTF_8));
            ch.position(ch.size());
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(false);
            return updated;
        } catch (IOException e) {
            throw new IOException("cannot rate session " + file + ": " + e.getMessage(), e);
        }
    }

    /** The close record's summary read from the file's tail, or {@code null} when it has none. */
    static SessionSummary closeSummary(Path file) throws IOException {
        byte[] tail;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int n = (int) Math.min(size, TAIL_BYTES);
            ByteBuffer buf = ByteBuffer.allocate(n);
            ch.position(size - n);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // keep reading
            }
            tail = buf.array();
        } catch (IOException e) {
            throw new IOException("cannot read session " + file + ": " + e.getMessage(), e);
        }
        int end = tail.length;
        if (end == 0 || tail[end - 1] != '\n') {
            return null;
        }
        int start = end - 1;
        while (start > 0 && tail[start - 1] != '\n') {
            start--;
        }
        String last = new String(tail, start, end - 1 - start, StandardCharsets.UTF_8);
        if (!last.startsWith(SessionFormat.CLOSE + " ")) {
            return null;
        }
        JsonNode[] close = new JsonNode[1];
        new RecordParser(new SessionVisitor() {
            @Override
            public void close(long hostOffsetMs, JsonNode summary) {
                close[0] = summary;
            }
        }).parse(last);
        return close[0] == null ? null : SessionSummary.fromJson(close[0]);
    }
}
