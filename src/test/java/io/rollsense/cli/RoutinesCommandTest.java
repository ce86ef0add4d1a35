package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutinesCommandTest {
    @TempDir
    Path config;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        System.setProperty("rollsense.config.dir", config.toString());
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @AfterEach
    void clear() {
        System.clearProperty("rollsense.config.dir");
    }

    @Test
    void listsBuiltInsAndUserRoutinesAndReportsBadOnes() throws Exception {
        Path dir = Files.createDirectories(config.resolve("routines"));
        Files.writeString(dir.resolve("mine.yaml"), """
                format: 1
                name: my short one
                steps:
                  - {title: Roll, area: mid-back, seconds: 20, instruction: Roll slowly.}
                """);
        Files.writeString(dir.resolve("broken.yaml"), "format: 1\nname: b\nsteps: []\n");
        assertEquals(0, run("routines"));
        String list = out.toString();
        assertTrue(list.contains("tennis balls, whole back") && list.contains("foam roller, mid-back to hips")
                && list.contains("try it out") && list.contains("my short one"), list);
        assertTrue(err.toString().contains("broken.yaml line 3, 'steps': must be a list of 1..50 steps"), err.toString());
    }

    @Test
    void showPrintsEveryStep() {
        assertEquals(0, run("routines", "show", "foam-roller-mid-back-to-hips"));
        String s = out.toString();
        assertTrue(s.startsWith("foam roller, mid-back to hips (roller, 5 steps, about 7:00 min)"), s);
        assertTrue(s.contains("3. Left side - 1 min, mid-back, left side"), s);
        assertTrue(s.contains("pace 7.5–15 strokes/min"), s);
        assertEquals(2, run("routines", "show", "nope"));
        assertTrue(err.toString().contains("no routine named 'nope'; known: 'tennis balls, whole back'"), err.toString());
    }

    @Test
    void checkGivesOneClearLine() throws Exception {
        Path good = config.resolve("good.yaml");
        Files.writeString(good, "format: 1\nname: g\nsteps:\n  - {title: t, area: upper-back, strokes: 10, instruction: i}\n");
        assertEquals(0, run("routines", "check", good.toString()));
        assertTrue(out.toString().contains("OK, 'g', 1 steps"), out.toString());
        Path bad = config.resolve("bad.yaml");
        Files.writeString(bad, "format: 1\nname: g\nsteps:\n  - title: t\n    area: upper-back\n    strokes: 10\n"
                + "    pressure-share: [0.9, 0.4]\n    instruction: i\n");
        assertEquals(1, run("routines", "check", bad.toString()));
        assertEquals(bad + " line 7, step 1 'pressure-share': must be [low, high] in shares of the too-hard limit, each 0..2,"
                + " low below high, was [0.9,0.4]", err.toString().strip().replace("rollsense: ", ""));
        assertEquals(1, err.toString().strip().lines().count());
    }
}
