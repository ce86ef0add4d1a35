package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class SessionsCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    public static Path sample(Path dir, String id, int day, boolean unfinished) throws Exception {
        return io.rollsense.session.SampleSessions.copy(dir, id, day, unfinished);
    }

    @Test
    void listsTheLibraryAndRecoversUnfinishedSessions() throws Exception {
        sample(dir, "a", 0, false);
        sample(dir, "b", 1, true);
        assertEquals(0, run("sessions", "--data-dir", dir.toString()));
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size(), out.toString());
        assertTrue(lines.get(0).startsWith("id ") && lines.get(0).contains("strokes"), lines.get(0));
        assertTrue(lines.get(1).startsWith("a ") && lines.get(1).contains("roller-01") && lines.get(1).contains("0:07"), lines.get(1));
        assertTrue(lines.get(2).matches("b\\s+.*roller-01\\s+0:07\\s+4\\s+20\\.0\\s+0\\s+1\\s+6\\s+4"), lines.get(2));
        assertTrue(err.toString().contains("recovered unfinished session b.rsession"), err.toString());
        assertTrue(err.toString().contains("the last line was cut off"), err.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("sessions", "--json", "--data-dir", dir.toString()));
        List<String> json = out.toString().lines().toList();
        assertEquals(2, json.size());
        JsonNode b = new ObjectMapper().readTree(json.get(1));
        assertEquals("b", b.get("id").asText());
        assertTrue(b.get("recovered").asBoolean());
        assertEquals(1, b.get("alerts").get("spine").asInt());
        assertEquals(700, b.get("frameLines").asInt());
    }

    @Test
    void trendSaysSeeADoctorWhenPainStaysHigh() throws Exception {
        // The sample's pain ratings are 6 before and 4 after; make them stay high.
        for (int d = 0; d <= 14; d += 7) {
            Path f = sample(dir, "s" + d, d, false);
            Files.writeString(f, Files.readString(f).replace("\"painAfter\":4", "\"painAfter\":7"));
        }
        assertEquals(0, run("sessions", "--trend", "--data-dir", dir.toString()));
        assertTrue(out.toString().contains("3 sessions, 0.4 minutes rolled, 1.0 alerts per session"), out.toString());
        assertTrue(out.toString().contains("please see a doctor"), out.toString());
    }

    @Test
    void exportWritesFramesAndEventsAsCsv() throws Exception {
        Path f = sample(dir, "a", 0, false);
        Path csv = dir.resolve("a.csv");
        assertEquals(0, run("export", f.toString(), "--csv", csv.toString()));
        List<String> rows = Files.readAllLines(csv);
        assertEquals("time_ms,row,ch0_kPa,ch1_kPa,ch2_kPa,ch3_kPa,ch4_kPa,ch5_kPa,ch6_kPa,ch7_kPa,event,alert_kind,value",
                rows.get(0));
        assertEquals(1 + 700 + 13, rows.size());
        assertEquals("0,frame,5.1,6.8,18.0,40.3,40.3,18.0,6.8,5.1,,,", rows.get(1));
        assertTrue(rows.contains("4900,event,,,,,,,,,alert_raised,spine,31.5"), "alert row");
        assertTrue(rows.stream().allMatch(r -> r.split(",", -1).length == 13), "rectangular");
        assertEquals(0, run("export", "a", "--data-dir", dir.toString(), "--csv", csv.toString()), "by id");
        assertEquals(1, run("export", "nope", "--data-dir", dir.toString(), "--csv", csv.toString()));
        assertTrue(err.toString().contains("no session file or id 'nope' in " + dir), err.toString());
    }

    @Test
    void damagedSessionOpensWithWhatItHoldsAndSaysWhatItSkipped() throws Exception {
        Path f = sample(dir, "d", 0, false);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(f));
        lines.set(100, "L 1x00 roller-01 garbage");
        lines.set(200, "\u0000\u0001");
        Files.write(f, lines);
        Path csv = dir.resolve("d.csv");
        assertEquals(0, run("export", f.toString(), "--csv", csv.toString()));
        assertTrue(err.toString().contains("skipped 2 unreadable records (first at line 101)"), err.toString());
        assertEquals(1 + 698 + 13, Files.readAllLines(csv).size(), "the other frames and every event");
        err.getBuffer().setLength(0);
        assertEquals(0, run("analyze", f.toString()));
        assertTrue(err.toString().contains("skipped 2 unreadable records (first at line 101)"), err.toString());
    }

    @Test
    void painAfterIsAddedToTheLatestSessionOrAGivenOne() throws Exception {
        sample(dir, "a", 0, false);
        sample(dir, "b", 1, false);
        assertEquals(0, run("sessions", "--pain-after", "2", "--data-dir", dir.toString()));
        assertTrue(out.toString().contains("pain after session b: 2/10 (before: 6/10)"), out.toString());
        assertEquals(0, run("sessions", "--pain-after", "9", "a", "--data-dir", dir.toString()));
        out.getBuffer().setLength(0);
        assertEquals(0, run("sessions", "--json", "--data-dir", dir.toString()));
        List<String> json = out.toString().lines().toList();
        assertEquals(9, new ObjectMapper().readTree(json.get(0)).get("painAfter").asInt());
        assertEquals(2, new ObjectMapper().readTree(json.get(1)).get("painAfter").asInt());
        var data = io.rollsense.session.SessionData.load(dir.resolve("b.rsession"), false);
        assertEquals(2, data.summary().painAfter(), "the last close record wins");
        assertEquals(0, data.readResult().skipped());
        assertEquals(2, run("sessions", "--pain-after", "11", "--data-dir", dir.toString()));
    }
}
