package io.rollsense.sim;

import static io.rollsense.sim.SimTestSupport.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.protocol.Crc16;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.PressureUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SimulatorTest {
    private static final String MIXED = "steady:6,faults:8,glitches:4,spikes:4,wrap:4,up:4";

    @ParameterizedTest
    @EnumSource(PressureUnit.class)
    void sameSeedGivesByteIdenticalLines(PressureUnit unit) {
        List<String> a = lines(Simulator.of(MIXED, DeviceKind.ROLLER, unit, 100, 42, 0));
        List<String> b = lines(Simulator.of(MIXED, DeviceKind.ROLLER, unit, 100, 42, 0));
        assertEquals(a, b);
        assertTrue(a.size() > 2900, "lines: " + a.size());
    }

    @Test
    void differentSeedsDiffer() {
        List<String> a = lines(Simulator.of(MIXED, DeviceKind.PAD, PressureUnit.KPA, 100, 1, 0));
        List<String> b = lines(Simulator.of(MIXED, DeviceKind.PAD, PressureUnit.KPA, 100, 2, 0));
        assertNotEquals(a, b);
        assertEquals(a.get(0), b.get(0), "same hello");
    }

    @Test
    void helloFirstThenValidFramesAndEndsWithNull() {
        Simulator sim = Simulator.of("steady:2", DeviceKind.BALLS, PressureUnit.RAW, 50, 3, 0);
        assertEquals(HelloCodec.encode(sim.hello()), sim.nextLine());
        assertEquals(0, sim.lastElapsedMs());
        int frames = 0;
        long lastT = -1;
        for (String l = sim.nextLine(); l != null; l = sim.nextLine()) {
            assertTrue(l.startsWith("$"), l);
            int star = l.indexOf('*');
            assertEquals(Integer.parseInt(l.substring(star + 1), 16), Crc16.of(l.substring(1, star)), l);
            assertEquals(2 + 2, l.substring(1, star).split(",").length, l);
            assertTrue(sim.lastDeviceTimeMs() > lastT);
            lastT = sim.lastDeviceTimeMs();
            frames++;
        }
        assertEquals(100, frames);
        assertNull(sim.nextLine());
    }

    @Test
    void framesCarryRealisticRollerPressures() {
        Simulator sim = Simulator.of("steady:20", DeviceKind.ROLLER, PressureUnit.KPA, 100, 5, 0);
        double[] peak = {0, Double.MAX_VALUE};
        sim.setTruthListener(t -> {
            peak[0] = Math.max(peak[0], t.peakKpa());
            peak[1] = Math.min(peak[1], t.peakKpa());
        });
        sim.runToEnd(60, 25);
        assertTrue(peak[0] > 40 && peak[0] < 56, "max peak " + peak[0]);
        assertTrue(peak[1] > 25 && peak[1] < 40, "min peak " + peak[1]);
    }

    @Test
    void singleBareScenarioStretchesToTheDuration() {
        Simulator sim = Simulator.builder().script("spine").durationSeconds(12).build();
        assertEquals("spine:12", sim.script().text());
        Simulator looped = Simulator.builder().script("pause:5").durationSeconds(12).build();
        GroundTruth t = looped.runToEnd(60, 25);
        assertEquals(12000, t.durationMs());
        assertEquals(3, t.cadence().size(), "pause segment played three times");
    }

    @Test
    void demoLoopsForeverWithoutKeepingTruthUnlessAsked() {
        Simulator sim = Simulator.builder().script("demo").build();
        assertEquals(Long.MAX_VALUE, sim.durationMs());
        long pass = sim.script().lengthMs();
        int[] samples = {0};
        sim.setTruthListener(t -> samples[0]++);
        while (sim.lastElapsedMs() < pass + 5000) {
            assertTrue(sim.nextLine() != null);
        }
        assertEquals(10_500, samples[0], 1);
        assertThrows(IllegalStateException.class, () -> sim.groundTruth(60, 25));
        Simulator kept = Simulator.builder().script("demo").keepTruth(true).build();
        for (int i = 0; i < 10_000; i++) {
            kept.nextLine();
        }
        assertEquals(2, kept.groundTruth(60, 25).spineIntervals().size() + kept.groundTruth(60, 25).overpressureIntervals().size());
    }

    @Test
    void counterWrapIsOnTheWire() {
        Simulator sim = Simulator.of("steady:3,wrap:4", DeviceKind.ROLLER, PressureUnit.KPA, 100, 9, 0);
        List<String> l = lines(sim);
        long prevSeq = -1;
        long prevT = -1;
        int seqWraps = 0;
        int timeWraps = 0;
        for (String line : l.subList(1, l.size())) {
            String[] f = line.substring(1, line.indexOf('*')).split(",");
            long seq = Long.parseLong(f[0]);
            long t = Long.parseLong(f[1]);
            if (prevSeq >= 0 && seq < prevSeq) {
                seqWraps++;
                assertEquals(0xFFFF_FFFFL, prevSeq);
                assertEquals(0, seq);
            }
            if (prevT >= 0 && t < prevT) {
                timeWraps++;
            }
            prevSeq = seq;
            prevT = t;
        }
        assertEquals(1, seqWraps);
        assertEquals(1, timeWraps);
        assertEquals(5000L, sim.groundTruth(60, 25).transport().counterWrapMs());
    }

    @Test
    void rawCountsRiseWithPressureAndStayInAdcRange() {
        Simulator sim = Simulator.of("up:6", DeviceKind.ROLLER, PressureUnit.RAW, 100, 4, 0);
        sim.nextLine();
        double loaded = 0;
        double unloaded = Double.MAX_VALUE;
        for (String l = sim.nextLine(); l != null; l = sim.nextLine()) {
            String[] f = l.substring(1, l.indexOf('*')).split(",");
            double v = Double.parseDouble(f[2 + 5]);
            assertTrue(v >= 0 && v <= 4095 && v == Math.rint(v), l);
            SimFrameTruth t = sim.lastTruth();
            if (t.pressureKpa()[5] > 30) {
                loaded = Math.max(loaded, v);
            } else if (t.pressureKpa()[5] < 0.01) {
                unloaded = Math.min(unloaded, v);
            }
        }
        assertTrue(loaded > 1000, "loaded counts " + loaded);
        assertTrue(unloaded < 80, "unloaded counts (offset + noise) " + unloaded);
    }

    @Test
    void newtonHelloDeclaresArea() {
        Simulator sim = Simulator.of("steady:1", DeviceKind.PAD, PressureUnit.NEWTON, 100, 1, 0);
        assertTrue(sim.nextLine().contains(" area=250"));
        assertEquals(9, sim.hello().channelCount());
    }

    @Test
    void ballsCanHaveACentreTaxel() {
        Simulator sim = Simulator.builder().kind(DeviceKind.BALLS).ballsCentreTaxel(true).script("steady:1").build();
        assertEquals(3, sim.hello().channelCount());
        assertEquals(0.0, sim.hello().positionMm(1));
    }
}
