package io.rollsense.sim;

import static io.rollsense.sim.SimTestSupport.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenariosTest {

    static Stream<Arguments> everyScenarioAndKind() {
        return Scenarios.list().stream().flatMap(i -> Stream.of(DeviceKind.values())
                .flatMap(k -> Stream.of(PressureUnit.values()).map(u -> Arguments.of(i.name(), k, u))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyScenarioAndKind")
    void everyScenarioRunsForEveryKindAndUnit(String name, DeviceKind kind, PressureUnit unit) {
        Simulator sim = Simulator.builder().script(name).kind(kind).unit(unit).rateHz(50).seed(name.length())
                .durationSeconds(6).build();
        List<String> lines = lines(sim);
        GroundTruth t = sim.groundTruth(60, 25);
        assertEquals(300, t.samples());
        assertEquals(6000, t.durationMs());
        long frames = lines.stream().filter(l -> l.startsWith("$")).count();
        assertTrue(frames >= t.samples() - t.transport().droppedFrames(), name + ": " + frames + " frame-like lines");
        assertTrue(lines.get(0).startsWith("#HELLO v=1 device=sim-01 kind=" + kind.wireName()));
        for (String l : lines) {
            assertTrue(!l.isEmpty() && l.indexOf('\n') < 0 && l.indexOf('\r') < 0, l);
        }
    }

    @Test
    void listHasOneLinePerScenarioWithDescriptions() {
        List<Scenarios.Info> list = Scenarios.list();
        assertTrue(list.size() >= 14);
        for (String required : new String[] {"steady", "cadence-change", "pause", "hold", "up", "drift", "spine",
            "hard", "spikes", "glitches", "faults", "wrap", "demo", "tour"}) {
            assertTrue(list.stream().anyMatch(i -> i.name().equals(required)), required);
        }
        list.forEach(i -> assertTrue(!i.description().isBlank() && !i.description().contains("\n")));
    }

    @Test
    void scriptsParseAndPrintCanonically() {
        ScenarioScript s = Scenarios.parse(" steady:60:spm=20 , cadence-change:30.5:to=35, spine ");
        assertEquals("steady:60:spm=20,cadence-change:30.5:to=35,spine:30", s.text());
        assertEquals(s, Scenarios.parse(s.text()));
        assertEquals(120500, s.lengthMs());
        ScenarioScript demo = Scenarios.parse("demo");
        assertTrue(demo.loop());
        assertEquals(demo, Scenarios.parse(demo.text()));
        assertEquals(100_000, demo.lengthMs());
    }

    @Test
    void badScriptsNameTheProblem() {
        assertMessage("unknown scenario 'stedy'", "stedy:10");
        assertMessage("must be 5–45", "steady:10:spm=60");
        assertMessage("must be 5–45", "cadence-change:10:to=2");
        assertMessage("unknown parameter 'to'", "steady:10:to=20");
        assertMessage("not a number", "steady:ten");
        assertMessage("must be > 0", "steady:0");
        assertMessage("takes no duration", "demo:10");
        assertMessage("empty", " ");
    }

    private static void assertMessage(String part, String script) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scenarios.parse(script));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void demoShowsSpineAndOverpressureEveryPass() {
        Simulator sim = Simulator.builder().script("demo").durationSeconds(200).build();
        GroundTruth t = sim.runToEnd(60, 25);
        assertEquals(2, t.spineIntervals().size(), t.spineIntervals().toString());
        assertEquals(2, t.overpressureIntervals().size(), t.overpressureIntervals().toString());
        long changes = t.cadence().stream().filter(c -> c.scenario().equals("cadence-change")).count();
        assertEquals(4, changes);
    }
}
