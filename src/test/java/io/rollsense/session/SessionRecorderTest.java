package io.rollsense.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.protocol.BadLine;
import io.rollsense.protocol.BadLineCategory;
import io.rollsense.protocol.Hello;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionRecorderTest {
    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    /** Everything a visitor saw, for comparisons. */
    static final class Collected implements SessionVisitor {
        JsonNode header;
        final List<String> raw = new ArrayList<>();
        final List<Long> rawOffsets = new ArrayList<>();
        final List<AnalysisEvent> events = new ArrayList<>();
        final List<Hello> hellos = new ArrayList<>();
        final List<JsonNode> meta = new ArrayList<>();
        int fields;
        int bad;
        int status;
        JsonNode close;

        @Override
        public void header(JsonNode h) {
            header = h;
        }

        @Override
        public void rawLine(long off, String dev, String line) {
            raw.add(line);
            rawOffsets.add(off);
        }

        @Override
        public void hello(long off, String dev, Hello h) {
            hellos.add(h);
        }

        @Override
        public void event(long off, String dev, AnalysisEvent e) {
            events.add(e);
        }

        @Override
        public void field(long off, String dev, long t, double s, double m, int c) {
            fields++;
        }

        @Override
        public void badLine(long off, String dev, String cat, String detail) {
            bad++;
        }

        @Override
        public void status(long off, JsonNode s) {
            status++;
        }

        @Override
        public void metadata(long off, JsonNode patch) {
            meta.add(patch);
        }

        @Override
        public void close(long off, JsonNode s) {
            close = s;
        }
    }

    static Collected read(Path file) throws Exception {
        Collected c = new Collected();
        ReadResult r = SessionReader.read(file, c);
        assertEquals(0, r.skipped(), "nothing skipped: " + r);
        return c;
    }

    @Test
    void recordsAndReopensBitExact() throws Exception {
        SessionMetadata meta = new SessionMetadata("1.2.3", "/dev/ttyUSB0", io.rollsense.core.AnalysisSettings.DEFAULTS
                .withSpineKpa(22), "fsr-curve-7", "left side sore", 6);
        SessionRecorder rec = SessionRecorder.start(dir, meta, notices::add);
        assertTrue(rec.recording());
        long t0 = System.currentTimeMillis();
        List<String> weird = List.of("$1,2,3*ABCD", "back\\slash \\u0041 literal", "tab\there\rcr\u0000nul",
                "lone \ud800 surrogate", "emoji \ud83d\ude00 ok", "  leading and trailing  ", "\u00ff\u007f\u001b[0m",
                "x");
        for (String w : weird) {
            rec.onRawLine("weird dev/1", w, t0 + 5);
        }
        TestSessions.feed(rec, 700, t0 + 10);
        rec.onBadLine("roller-01", new BadLine(BadLineCategory.values()[0], "CRC 1A2B != 29B1", "$1,2*1A2B"), t0 + 7000);
        rec.onStatus(new StatusEvent(StatusEvent.Kind.DISCONNECTED, "roller-01", "/dev/ttyUSB0 unplugged", t0 + 7001));
        rec.setPainAfter(3);
        rec.onStop();
        assertFalse(rec.recording());
        assertTrue(notices.isEmpty(), notices.toString());

        Collected c = read(rec.file());
        List<String> expected = new ArrayList<>(weird);
        expected.add(io.rollsense.protocol.HelloCodec.encode(TestSessions.HELLO));
        for (int i = 0; i < 700; i++) {
            expected.add(TestSessions.frameLine(i, 8));
        }
        assertEquals(expected, c.raw, "raw lines identical, in order");
        assertEquals(List.of(TestSessions.HELLO), c.hellos);
        SessionData fast = SessionData.load(rec.file(), false);
        assertEquals(700, fast.frames().size(), "frames of the hello's device, through the byte fast path");
        assertEquals(0, fast.frames().rejected());
        assertEquals(709, fast.summary().rawLines());
        assertEquals(4 + 7 + 2, c.events.size());
        assertTrue(c.events.contains(new AnalysisEvent.AlertCleared(AlertKind.SPINE, 4900, 6200, 25, 33.25, 3)));
        assertEquals(Double.valueOf(20.0), ((AnalysisEvent.Cadence) c.events.stream()
                .filter(e -> e instanceof AnalysisEvent.Cadence cd && cd.spm() != null).findFirst().orElseThrow()).spm());
        assertTrue(c.fields >= 60 && c.fields <= 71, "10 Hz field summary: " + c.fields);
        assertEquals(1, c.bad);
        assertEquals(1, c.status);
        assertEquals("1.2.3", c.header.get("app").asText());
        assertEquals(22.0, c.header.get("settings").get("spineKpa").asDouble());
        assertTrue(c.header.get("settings").get("overpressureKpa").isNull());
        assertEquals(6, c.header.get("painBefore").asInt());
        assertEquals("fsr-curve-7", c.header.get("calibration").asText());

        SessionSummary s = SessionSummary.fromJson(c.close);
        assertEquals(rec.id(), s.id());
        assertEquals("roller-01", s.device());
        assertEquals(4, s.strokes());
        assertEquals(1, s.alerts().get(AlertKind.SPINE));
        assertEquals(0, s.alerts().get(AlertKind.OVERPRESSURE));
        assertEquals(20.0, s.meanCadenceSpm());
        assertEquals(6, s.painBefore());
        assertEquals(3, s.painAfter());
        assertEquals(709, s.rawLines());
        assertEquals(1, s.badLines());
        assertFalse(s.recovered());
        assertTrue(s.durationMs() >= 7001, "duration covers the last record: " + s.durationMs());
        assertTrue(s.analysedMs() >= 6890 && s.analysedMs() <= 6990, "device time analysed: " + s.analysedMs());
        assertEquals(s, SessionRecovery.closeSummary(rec.file()), "close record found from the tail");
    }

    @Test
    void truncatedSessionOpensWithWhatItHoldsAndRecoveryClosesIt() throws Exception {
        Path file = recordSample(300);
        byte[] all = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.rsession");
        int at = all.length / 2;
        while (all[at] == '\n') {
            at++;
        }
        Files.write(cut, java.util.Arrays.copyOf(all, at));
        Collected c = new Collected();
        ReadResult r = SessionReader.read(cut, c);
        assertFalse(r.finished());
        assertEquals(1, r.skipped());
        assertTrue(r.tornTailBytes() > 0);
        assertTrue(c.raw.size() > 100 && c.raw.size() < 301, "holds the first half: " + c.raw.size());
        assertTrue(r.skippedMessage().contains("first at line " + r.firstSkippedLine()), r.skippedMessage());

        assertTrue(SessionRecovery.recover(cut, notices::add));
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("recovered unfinished session cut.rsession"), notices.get(0));
        Collected after = read(cut);
        SessionSummary s = SessionSummary.fromJson(after.close);
        assertTrue(s.recovered());
        assertEquals(c.raw.size(), s.rawLines());
        assertEquals(c.raw, after.raw);
        assertFalse(SessionRecovery.recover(cut, notices::add), "already closed");
    }

    @Test
    void corruptedRecordsAreSkippedAndCounted() throws Exception {
        Path file = recordSample(200);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(10, "L notanumber roller-01 $1,2*0000");
        lines.set(20, "E 5 roller-01 {\"type\":\"strok");
        lines.set(21, "Q 5 unknown type");
        lines.set(30, "\u0000\u0000garbage\u00ff");
        Path bad = dir.resolve("bad.rsession");
        Files.write(bad, lines);
        Collected c = new Collected();
        ReadResult r = SessionReader.read(bad, c);
        assertEquals(4, r.skipped());
        assertEquals(11, r.firstSkippedLine());
        assertTrue(r.finished());
        assertEquals(lines.size() - 4, r.records());
        assertTrue(r.skippedMessage().startsWith("skipped 4 unreadable records (first at line 11"), r.skippedMessage());
    }

    @Test
    void notASessionOrNewerVersionIsAClearError() throws Exception {
        Path f = dir.resolve("x.rsession");
        Files.writeString(f, "hello\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> SessionReader.read(f, new Collected()));
        assertTrue(e.getMessage().contains("not a RollSense session") && e.getMessage().contains(f.toString()), e.getMessage());
        Files.writeString(f, "RSESSION 9 {}\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> SessionReader.read(f, new Collected()));
        assertTrue(e.getMessage().contains("version 9"), e.getMessage());
    }

    @Test
    void painRatingsAndNotesGivenDuringTheSessionAreKept() throws Exception {
        SessionRecorder rec = SessionRecorder.start(dir, new SessionMetadata("t", "test", AnalysisSettings.DEFAULTS, null,
                "from the header", 6), notices::add);
        long t0 = System.currentTimeMillis();
        TestSessions.feed(rec, 100, t0);
        rec.setPainBefore(3);
        rec.setPainBefore(5); // a later choice wins
        rec.addNote("left side tight");
        rec.setPainAfter(2);
        assertThrows(IllegalArgumentException.class, () -> rec.setPainAfter(11));
        assertFalse(rec.failed());
        rec.onStop();
        rec.setPainAfter(9); // after the close record: ignored, never thrown
        List<SessionLibrary.Entry> entries = new SessionLibrary(dir).list(notices::add);
        assertEquals(1, entries.size());
        SessionSummary s = entries.get(0).summary();
        assertEquals(5, s.painBefore());
        assertEquals(2, s.painAfter());
        assertEquals("from the header\nleft side tight", SessionData.load(rec.file(), false).metadata().path("notes").asText());
        assertEquals(List.of(), notices);
    }

    @Test
    void unwritableDirectoryGivesOneNoticeAndNeverThrows() throws Exception {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        SessionRecorder rec = SessionRecorder.start(file.resolve("sessions"), SessionMetadata.of("t", "test"), notices::add);
        assertFalse(rec.recording());
        assertNull(rec.file());
        TestSessions.feed(rec, 50, 0);
        rec.onStop();
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("session not recorded: cannot write " + file.resolve("sessions")), notices.get(0));
    }

    @Test
    void fullDeviceGivesOneNoticeAndNeverThrows() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full on this system");
        // CREATE_NEW refuses an existing file link; reach /dev/full through a link to its directory.
        Path devLink = dir.resolve("dev");
        Files.createSymbolicLink(devLink, full.getParent());
        SessionRecorder rec = SessionRecorder.startFile(devLink.resolve("full"), SessionMetadata.of("t", "test"), notices::add);
        TestSessions.feed(rec, 50, 0);
        rec.onStop();
        assertFalse(rec.recording());
        assertTrue(rec.failed(), "failed, so views can say 'recording failed'");
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("No space left on device"), notices.get(0));
    }

    @Test
    void aSessionThatNeverReceivedALineIsNotKept() throws Exception {
        SessionRecorder empty = SessionRecorder.start(dir, SessionMetadata.of("t", "test"), notices::add);
        assertTrue(Files.exists(empty.file()), "created at start, so a crash right away is still found");
        empty.onStop();
        assertFalse(Files.exists(empty.file()), "nothing received: no session in the library");
        Path kept = recordSample(1);
        assertTrue(Files.exists(kept), "one line is a session");
        assertEquals(1, new SessionLibrary(dir).list(notices::add).size());
    }

    @Test
    void anUnfinishedSessionThatNeverReceivedALineIsRemovedByRecovery() throws Exception {
        Path kept = recordSample(2);
        // as if a process died before its port answered: the header line and nothing else
        String header = Files.readAllLines(kept).get(0);
        Path file = dir.resolve("20200101-000000" + SessionFormat.SUFFIX);
        Files.writeString(file, header + "\n");
        new SessionLibrary(dir).recoverAll(notices::add);
        assertFalse(Files.exists(file), "the next run's recovery removes the empty session");
        assertTrue(notices.stream().anyMatch(n -> n.contains("never received a line")), notices.toString());
        assertEquals(List.of(kept), new SessionLibrary(dir).list(notices::add).stream().map(SessionLibrary.Entry::file).toList());
    }

    private Path recordSample(int frames) {
        SessionRecorder rec = SessionRecorder.start(dir, SessionMetadata.of("t", "test"), notices::add);
        TestSessions.feed(rec, frames, System.currentTimeMillis());
        rec.onStop();
        assertNotNull(rec.file());
        return rec.file();
    }
}
