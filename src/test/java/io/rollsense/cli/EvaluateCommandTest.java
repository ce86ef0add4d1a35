package io.rollsense.cli;

import io.rollsense.eval.ScenarioRun;
import io.rollsense.eval.Scores;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.core.AnalysisSettings;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class EvaluateCommandTest {
    @Test
    void printsAMarkdownTablePerKindAndPooled() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"evaluate", "--scenario", "steady:40,hard:30,hold:20", "--seeds", "7..7",
            "--kinds", "roller,balls", "--gait", "no-such-dir", "--rhythm-seeds", "1..1"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        String text = out.toString();
        assertTrue(text.contains("rhythm, model sim") && text.contains("rhythm, model alt")
                && text.contains("lock median strokes") && text.contains("| pooled 5–10 spm |"), text);
        assertTrue(text.contains("| roller @100Hz |") && text.contains("| balls @50Hz |") && text.contains("| pooled |"), text);
        for (String row : text.split("\n")) {
            if (row.startsWith("| roller @") || row.startsWith("| balls @")) {
                assertTrue(row.contains("(1) | 1.000 |"), row); // the one overpressure episode is found
            }
        }
    }

    @Test
    void scoresAgainstTruth() {
        Scores s = new Scores();
        s.add(ScenarioRun.run("steady:60:spm=20,hold:20", DeviceKind.ROLLER, PressureUnit.KPA, 100, 11,
                AnalysisSettings.DEFAULTS));
        assertTrue(s.cadenceMae() < 1.5, "MAE " + s.cadenceMae());
        assertTrue(s.coverage() > 0.9, "coverage " + s.coverage());
        assertTrue(s.falseRhythm() <= 0.05, "false rhythm " + s.falseRhythm());
        assertTrue(s.strokeError() <= 0.1, "stroke error " + s.strokeError());
        assertEquals(0, s.truthAlerts);
    }

    @Test
    void badSeedsAreRejected() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"evaluate", "--seeds", "9..3"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertEquals(Main.EXIT_FAILURE, code);
        assertTrue(err.toString().contains("seeds"), err.toString());
    }
}
