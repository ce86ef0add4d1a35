package io.rollsense.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.protocol.DeviceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutineFormatTest {
    static final String GOOD = """
            format: 1
            name: my evening roll
            device: roller
            steps:
              - title: Both sides
                area: mid-back
                seconds: 60
                rest-seconds: 10
                instruction: Roll slowly.
              - title: Left
                area: lower-back-hips
                side: left
                strokes: 8
                cadence-spm: [8, 14]
                pressure-kpa: [15, 50]
                spine: brief
                instruction: Lean left.
            """;

    @Test
    void readsAGoodFileWithDefaults() throws Exception {
        Routine r = RoutineFormat.parse(GOOD, "evening.yaml");
        assertEquals("my evening roll", r.name());
        assertEquals("my-evening-roll", r.key());
        assertEquals(DeviceKind.ROLLER, r.device());
        RoutineStep a = r.steps().get(0);
        assertEquals(Side.BOTH, a.side());
        assertEquals(CadenceBand.PRESCRIBED, a.cadence());
        assertEquals(PressureBand.DEFAULT, a.pressure());
        assertEquals(SpineRule.NEVER, a.spine());
        RoutineStep b = r.steps().get(1);
        assertNull(b.seconds());
        assertEquals(8, b.strokes());
        assertEquals(new PressureBand(15, 50, false), b.pressure());
        assertEquals(SpineRule.BRIEF, b.spine());
        assertEquals(8 * 60.0 / 11, b.plannedSeconds(), 1e-9);
        assertEquals(60 + 10 + 8 * 60.0 / 11, r.plannedSeconds(), 1e-9);
    }

    @Test
    void jsonIsAcceptedToo() throws Exception {
        String json = "{\"format\":1,\"name\":\"j\",\"steps\":[{\"title\":\"t\",\"area\":\"upper-back\",\"seconds\":30,"
                + "\"instruction\":\"roll\"}]}";
        Routine r = RoutineFormat.parse(json, "j.json");
        assertNull(r.device());
        assertEquals(30.0, r.steps().get(0).seconds());
    }

    @Test
    void builtInsFollowTheGuide() {
        List<Routine> all = RoutineLibrary.builtIns();
        assertEquals(3, all.size());
        for (Routine r : all) {
            double s = r.plannedSeconds();
            boolean tryOut = r.name().equals("try it out");
            assertTrue(tryOut ? s >= 60 && s <= 120 : s >= 300 && s <= 600, r.name() + " lasts " + s + " s");
            for (RoutineStep st : r.steps()) {
                assertEquals(CadenceBand.PRESCRIBED, st.cadence(), st.title());
                assertEquals(SpineRule.NEVER, st.spine(), st.title());
                assertTrue(tryOut || st.plannedSeconds() >= 30 && st.plannedSeconds() <= 120, st.title());
            }
        }
        assertEquals(DeviceKind.BALLS, all.get(0).device());
        assertEquals(DeviceKind.ROLLER, all.get(1).device());
        assertTrue(all.get(0).steps().stream().anyMatch(st -> st.side() == Side.LEFT));
        assertTrue(all.get(1).steps().stream().anyMatch(st -> st.side() == Side.RIGHT));
    }

    private static String error(String text) {
        return assertThrows(RoutineFileException.class, () -> RoutineFormat.parse(text, "bad.yaml")).getMessage();
    }

    @Test
    void aBadValueNamesFileLineFieldAndRange() {
        String msg = error(GOOD.replace("seconds: 60", "seconds: 5"));
        assertEquals("bad.yaml line 7, step 1 'seconds': must be a number 10..600, was 5", msg);
    }

    @Test
    void anUnknownFieldListsTheAllowedOnes() {
        String msg = error(GOOD.replace("    spine: brief", "    spin: brief"));
        assertTrue(msg.startsWith("bad.yaml line 16, step 2 'spin': unknown field; allowed: title, area, side"), msg);
    }

    @Test
    void wrongOrMissingFormat() {
        assertEquals("bad.yaml line 1, 'format': this RollSense reads format 1, was 2", error(GOOD.replace("format: 1", "format: 2")));
        assertTrue(error(GOOD.replace("format: 1\n", "")).startsWith("bad.yaml line 1, 'format': missing"));
    }

    @Test
    void badEnumsAndBands() {
        assertEquals("bad.yaml line 6, step 1 'area': must be one of upper-back, mid-back, lower-back-hips, whole-back, was \"neck\"",
                error(GOOD.replace("area: mid-back", "area: neck")));
        assertEquals("bad.yaml line 14, step 2 'cadence-spm': must be [low, high] in strokes/min, each 1..60, low below high, was [14,8]",
                error(GOOD.replace("[8, 14]", "[14, 8]")));
        assertTrue(error(GOOD.replace("device: roller", "device: sofa")).startsWith("bad.yaml line 3, 'device': must be roller, balls, pad or any"));
    }

    @Test
    void secondsAndStrokesAreExclusive() {
        String msg = error(GOOD.replace("strokes: 8", "strokes: 8\n    seconds: 30"));
        assertTrue(msg.startsWith("bad.yaml line 13, step 2: give exactly one of seconds"), msg);
        assertTrue(error(GOOD.replace("    seconds: 60\n", "")).startsWith("bad.yaml line 5, step 1: give exactly one"));
    }

    @Test
    void yamlSyntaxErrorGivesItsLine() {
        String msg = error(GOOD.replace("cadence-spm: [8, 14]", "cadence-spm: [8, 14"));
        assertTrue(msg.startsWith("bad.yaml line "), msg);
        assertTrue(msg.contains("not valid YAML"), msg);
    }

    @Test
    void emptyAndNonMappingFiles() {
        assertTrue(error("").contains("empty"));
        assertTrue(error("- a\n- b\n").contains("must be a mapping"));
    }
}
