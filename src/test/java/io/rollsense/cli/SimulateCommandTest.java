package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.GroundTruth;
import io.rollsense.sim.GroundTruthJson;
import io.rollsense.sim.Simulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static String expected(String script, DeviceKind kind, PressureUnit unit, double rate, long seed, double seconds) {
        Simulator sim = Simulator.of(script, kind, unit, rate, seed, seconds);
        StringBuilder sb = new StringBuilder();
        for (String l = sim.nextLine(); l != null; l = sim.nextLine()) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }

    @Test
    void writesTheSimulatorLinesToStdout() {
        assertEquals(0, run("simulate", "--scenario", "faults", "--seconds", "5", "--seed", "4", "--kind", "balls",
                "--unit", "raw", "--rate", "50"), err.toString());
        assertEquals(expected("faults", DeviceKind.BALLS, PressureUnit.RAW, 50, 4, 5), out.toString());
        assertTrue(out.toString().startsWith("#HELLO v=1 device=sim-01 kind=balls rate=50 unit=raw"));
    }

    @Test
    void sameSeedSameBytesDifferentSeedDifferentBytes(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Path c = dir.resolve("c.txt");
        assertEquals(0, run("simulate", "--scenario", "tour", "--seconds", "30", "--seed", "9", "--out", a.toString()));
        assertEquals(0, run("simulate", "--scenario", "tour", "--seconds", "30", "--seed", "9", "--out", b.toString()));
        assertEquals(0, run("simulate", "--scenario", "tour", "--seconds", "30", "--seed", "10", "--out", c.toString()));
        assertEquals(-1, Files.mismatch(a, b));
        assertNotEquals(-1, Files.mismatch(a, c));
    }

    @Test
    void writesTruthWithDefaultOrGivenThresholds(@TempDir Path dir) throws Exception {
        Path truth = dir.resolve("t.json");
        assertEquals(0, run("simulate", "--scenario", "steady:4,spine:10", "--kind", "pad", "--out",
                dir.resolve("cap.txt").toString(), "--truth", truth.toString()));
        GroundTruth t = GroundTruthJson.read(truth);
        assertEquals(80.0, t.thresholds().overpressureKpa());
        assertEquals(30.0, t.thresholds().spineKpa());
        assertEquals(1, t.spineIntervals().size());
        assertEquals("pad", t.kind());
        assertEquals(0, run("simulate", "--scenario", "steady:4,spine:10", "--kind", "pad", "--out",
                dir.resolve("cap.txt").toString(), "--truth", truth.toString(), "--spine-kpa", "200", "--overpressure-kpa", "300"));
        t = GroundTruthJson.read(truth);
        assertEquals(200.0, t.thresholds().spineKpa());
        assertTrue(t.spineIntervals().isEmpty());
        assertEquals(0, run("simulate", "--scenario", "steady:4,spine:10", "--kind", "pad", "--out",
                dir.resolve("cap.txt").toString(), "--truth", truth.toString(), "--spine-zone-mm", "55"));
        t = GroundTruthJson.read(truth);
        assertEquals(55.0, t.thresholds().spineWindowMm());
        assertEquals(0, t.spineIntervals().get(0).startMs(), "a 55 mm zone takes in the muscle columns at ±50 mm");
    }

    @Test
    void startingCadenceOption() throws Exception {
        assertEquals(0, run("simulate", "--scenario", "steady", "--seconds", "60", "--spm", "12", "--out", "-"));
        assertEquals(expected("steady:60:spm=12", DeviceKind.ROLLER, PressureUnit.KPA, 100, 1, 0), out.toString());
    }

    @Test
    void listsScenariosOneLineEach() {
        assertEquals(0, run("simulate", "--list"));
        String[] lines = out.toString().split("\n");
        assertTrue(lines.length >= 14);
        assertTrue(lines[0].startsWith("steady "), lines[0]);
        assertTrue(out.toString().contains("\ndemo "));
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheOptionAndRange() {
        assertUsage("--rate must be 20–1000 Hz", "simulate", "--rate", "10");
        assertUsage("--seconds must be > 0", "simulate", "--seconds", "-1");
        assertUsage("--spm must be 5–45", "simulate", "--spm", "50");
        assertUsage("spm in 'steady:10:spm=4' must be 5–45", "simulate", "--scenario", "steady:10:spm=4");
        assertUsage("unknown scenario 'nope'", "simulate", "--scenario", "nope");
        assertUsage("expected roller, balls or pad", "simulate", "--kind", "mat");
        assertUsage("expected raw, N or kPa", "simulate", "--unit", "psi");
        assertUsage("--truth needs --duration", "simulate", "--scenario", "demo", "--truth", "x.json");
        assertUsage("--centre-taxel applies to --kind balls", "simulate", "--centre-taxel");
        assertUsage("Unknown option", "simulate", "--colour");
        assertUsage("--spine-zone-mm must be 1..100", "simulate", "--spine-zone-mm", "0");
    }

    private void assertUsage(String part, String... args) {
        err.getBuffer().setLength(0);
        assertEquals(2, run(args), String.join(" ", args));
        assertTrue(err.toString().contains(part), err.toString());
    }

    @Test
    void unwritableOutputIsARuntimeFailureNamingThePath() {
        assertEquals(1, run("simulate", "--seconds", "1", "--out", "/nonexistent-dir/cap.txt"));
        assertTrue(err.toString().contains("/nonexistent-dir/cap.txt"), err.toString());
    }
}
