package io.rollsense.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rollsense.protocol.BadLineCategory;
import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.DecoderStats;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.LineDecoder;
import io.rollsense.protocol.PressureUnit;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** For any seed, kind, unit and rate, the real decoder counts exactly the faults the simulator injected. */
class CaptureDecodesPropertiesTest {

    @Property(tries = 40)
    void decoderAgreesWithTheTruth(@ForAll long seed, @ForAll DeviceKind kind, @ForAll PressureUnit unit,
                                   @ForAll @DoubleRange(min = 20, max = 400) double rateHz) {
        Simulator sim = Simulator.of("faults:8,wrap:3,faults:5", kind, unit, rateHz, seed, 0);
        LineDecoder dec = new LineDecoder();
        DecodeListener none = new DecodeListener() {
        };
        for (String l = sim.nextLine(); l != null; l = sim.nextLine()) {
            byte[] b = (l + "\r\n").getBytes(StandardCharsets.US_ASCII);
            dec.feed(b, 0, b.length, none);
        }
        dec.finish(none);
        GroundTruth t = sim.groundTruth(100, 30);
        DecoderStats st = dec.stats();
        for (BadLineCategory c : BadLineCategory.values()) {
            assertEquals(t.transport().badLines().get(c.key()), st.badByCategory().get(c), c.key());
        }
        assertEquals(t.transport().droppedFrames(), st.droppedFrames());
        assertEquals(t.samples() - t.transport().droppedFrames(), st.frames());
    }
}
