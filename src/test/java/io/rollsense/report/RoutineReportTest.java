package io.rollsense.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.cli.Main;
import io.rollsense.routine.Issue;
import io.rollsense.routine.RoutineJson;
import io.rollsense.routine.RoutineResult;
import io.rollsense.routine.Side;
import io.rollsense.routine.StepVerdict;
import io.rollsense.session.SessionData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session with a routine: the report's routine table (well-formed HTML) and the steps on the charts. */
class RoutineReportTest {
    @TempDir
    Path lib;

    static StepVerdict verdict(int i, long start, long end, List<Issue> issues, String text) {
        return new StepVerdict(i, "Step " + (i + 1), Side.BOTH, start, end, end - start, end - start, 2, 11.0, 1.0, 0.9,
                0.8, 0.2, "left", 0, 0.5, 0.7, issues, text);
    }

    @Test
    void reportShowsTheStepsWithTheirVerdicts() throws Exception {
        Path f = io.rollsense.session.SampleSessions.copy(lib, "r1", 0, false);
        RoutineResult r = new RoutineResult("try it out", 0, 6000, 2, List.of(
                verdict(0, 0, 3000, List.of(), "good pace, good pressure"),
                verdict(1, 3000, 6000, List.of(Issue.PRESSURE_HIGH), "good pace, pressure a little high on the left")),
                false, 0.7, "2 of 2 steps done, 1 good, 70 % of the time on target");
        Files.writeString(f, "R 100 roller-01 " + RoutineJson.finished(r) + "\n", java.nio.file.StandardOpenOption.APPEND);

        SessionData d = SessionData.load(f, false);
        RoutineResult back = RoutineSection.of(d);
        assertEquals(r, back, "the result reads back from the session");
        XYPlot plot = new XYPlot();
        RoutineSection.markSteps(plot, back, 1000);
        assertEquals(2, plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size());

        Path out = lib.resolve("rep");
        StringWriter e = new StringWriter();
        assertEquals(0, Main.run(new String[] {"report", "r1", "--data-dir", lib.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(e, true)), e.toString());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        String text = factory.newDocumentBuilder().parse(out.resolve("index.html").toFile()).getDocumentElement().getTextContent();
        assertTrue(text.contains("Routine: try it out"), text);
        assertTrue(text.contains("2 of 2 steps done, 1 good, 70 % of the time on target"), text);
        assertTrue(text.contains("Step 20:03.0–0:06.0"), text);
        assertTrue(text.contains("good pace, pressure a little high on the left"), text);
    }
}
