package io.rollsense.cli;

import io.rollsense.session.CalibrationFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    List<JsonNode> lines() throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            nodes.add(m.readTree(l));
        }
        return nodes;
    }

    @Test
    void jsonLinesFollowTheContract() throws Exception {
        Path cap = dir.resolve("cap.txt");
        Captures.write(cap, 100, 60, 20, 500, 1234, 1000);
        assertEquals(0, run("analyze", cap.toString(), "--json"), err.toString());
        List<JsonNode> nodes = lines();
        JsonNode summary = nodes.get(nodes.size() - 1);
        assertEquals("summary", summary.get("type").asText());
        assertEquals(5999, summary.get("frames").asLong());
        assertEquals(12, summary.get("bad_lines").asLong());
        assertEquals(12, summary.get("bad_by_category").get("unknown").asLong());
        assertEquals(1, summary.get("dropped_frames").asLong());
        assertEquals(59_990, summary.get("duration_ms").asLong());
        List<JsonNode> alerts = nodes.stream().filter(n -> n.get("type").asText().equals("alert")).toList();
        assertEquals(1, alerts.size(), alerts.toString());
        JsonNode a = alerts.get(0);
        assertEquals("overpressure", a.get("kind").asText());
        assertTrue(a.get("start_ms").asLong() >= 20_000 && a.get("start_ms").asLong() <= 20_300, a.toString());
        assertTrue(a.get("end_ms").asLong() >= 22_000 && a.get("end_ms").asLong() <= 22_300, a.toString());
        assertEquals(75, a.get("peak_kpa").asDouble(), 1e-9);
        assertEquals(5, a.get("channel").asInt());
        List<JsonNode> cad = nodes.stream().filter(n -> n.get("type").asText().equals("cadence")).toList();
        assertEquals(59, cad.size());
        for (int i = 0; i < cad.size(); i++) {
            assertEquals(1000L * (i + 1), cad.get(i).get("t_ms").asLong());
        }
        JsonNode steady = cad.get(40);
        assertEquals(20, steady.get("spm").asDouble(), 0.6);
        assertTrue(cad.get(57).get("spm").isNull(), "not rolling after getting up: " + cad.get(57));
        long strokes = nodes.stream().filter(n -> n.get("type").asText().equals("stroke")).count();
        assertEquals(strokes, summary.get("strokes").asLong());
        assertTrue(Math.abs(strokes - 50 * 20 / 60.0) <= 2, "strokes " + strokes);
    }

    @Test
    void readableSummaryAndThresholdOptionAndConfig() throws Exception {
        Path cap = dir.resolve("cap.txt");
        Captures.write(cap, 50, 40, 10, 0, -1, 0);
        assertEquals(0, run("analyze", cap.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains("roller-cap") && text.contains("1 overpressure"), text);
        assertTrue(text.contains("strokes/min"), text);
        out.getBuffer().setLength(0);
        assertEquals(0, run("analyze", cap.toString(), "--overpressure-kpa", "80"), err.toString());
        assertTrue(out.toString().contains("0 overpressure"), out.toString());
        Path cfg = dir.resolve("rs.conf");
        Files.writeString(cfg, "# thresholds\noverpressure-kpa=80\n");
        out.getBuffer().setLength(0);
        assertEquals(0, run("analyze", cap.toString(), "--config", cfg.toString()), err.toString());
        assertTrue(out.toString().contains("0 overpressure"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("analyze", cap.toString(), "--config", cfg.toString(), "--overpressure-kpa", "70"));
        assertTrue(out.toString().contains("1 overpressure"), out.toString());
    }

    @Test
    void clockWrapInTheMiddleChangesNothing() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Captures.write(a, 100, 30, 10, 0, -1, 0);
        Captures.write(b, 100, 30, 10, 0, -1, (1L << 32) - 12_345);
        assertEquals(0, run("analyze", a.toString(), "--json"));
        String first = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(0, run("analyze", b.toString(), "--json"));
        assertEquals(first, out.toString());
    }

    @Test
    void badOptionValueIsUsageErrorNamingTheRange() throws Exception {
        Path cap = dir.resolve("cap.txt");
        Captures.write(cap, 50, 5, -1, 0, -1, 0);
        assertEquals(Main.EXIT_USAGE, run("analyze", cap.toString(), "--spine-kpa", "0"));
        assertTrue(err.toString().contains("spine-kpa must be in 1..1000"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(Main.EXIT_USAGE, run("analyze", cap.toString(), "--target-min-spm", "40", "--target-max-spm", "20"));
        assertTrue(err.toString().contains("target-min-spm"), err.toString());
    }

    @Test
    void missingFileAndBadConfigNameTheFile() throws Exception {
        assertEquals(Main.EXIT_FAILURE, run("analyze", dir.resolve("nope.txt").toString()));
        assertTrue(err.toString().contains("nope.txt"), err.toString());
        Path cap = dir.resolve("cap.txt");
        Captures.write(cap, 50, 5, -1, 0, -1, 0);
        Path cfg = dir.resolve("bad.conf");
        Files.writeString(cfg, "loudness=11\n");
        assertEquals(Main.EXIT_FAILURE, run("analyze", cap.toString(), "--config", cfg.toString()));
        assertTrue(err.toString().contains("bad.conf line 1"), err.toString());
    }

    @Test
    void rawCountsWithoutCalibrationWarnAndWithItDoNot() throws Exception {
        Path cap = dir.resolve("raw.txt");
        Files.writeString(cap, "#HELLO v=1 device=r kind=balls rate=50 unit=raw pos=-32,32\n");
        assertEquals(0, run("analyze", cap.toString(), "--json"), err.toString());
        assertTrue(err.toString().contains("raw sensor counts"), err.toString());
        assertTrue(out.toString().contains("\"calibrated\":false"), out.toString());
        Path cal = dir.resolve("r.cal");
        CalibrationFiles.save(io.rollsense.core.Calibration.identity(2), cal);
        err.getBuffer().setLength(0);
        assertEquals(0, run("analyze", cap.toString(), "--calibration", cal.toString()), err.toString());
        assertEquals("", err.toString());
    }

    @Test
    void garbageOnlyFileGivesAnEmptySummary() throws Exception {
        Path cap = dir.resolve("junk.txt");
        Files.writeString(cap, "hello\n$1,2,3*0000\n\u0000\u0001\n");
        assertEquals(0, run("analyze", cap.toString(), "--json"), err.toString());
        JsonNode s = lines().get(0);
        assertEquals("summary", s.get("type").asText());
        assertEquals(0, s.get("frames").asLong());
        assertEquals(3, s.get("bad_lines").asLong());
    }
}
