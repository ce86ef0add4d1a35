package io.rollsense.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Same seed, same bytes on every machine and JDK: SHA-256 of a run that touches every scenario,
 * recorded once. A change to the model changes these on purpose: then update the hashes (the
 * failure message prints the new one) and say so in the commit, since captures and truth files
 * made by others change with them.
 */
class GoldenOutputTest {
    private static final String SCRIPT = "steady:3,cadence-change:4,pause:2,hold:2,up:3,drift:3,spine:4,hard:4,"
            + "spikes:3,glitches:3,faults:5,wrap:3";

    @ParameterizedTest
    @CsvSource({
        "ROLLER, KPA, 12c8b7f069f892eeba71ff9052cdc06f36addf0a025e89713732cfbe077e1882",
        "BALLS, RAW, 7abf7e9a33d623e997ca2aed029278519b17defa1930be53bbfd5b435f791d6f",
        "PAD, NEWTON, d1fe02b9f8a6034a1b89947dadc87c83202bfb9903db883854b5b8b5b480c4b1",
    })
    void outputIsByteIdenticalToTheRecordedRun(DeviceKind kind, PressureUnit unit, String expected) throws Exception {
        Simulator sim = Simulator.of(SCRIPT, kind, unit, 100, 20261124, 0);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String l = sim.nextLine(); l != null; l = sim.nextLine()) {
            sha.update((l + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        sha.update(GroundTruthJson.toJson(sim.groundTruth(60, 25)).getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, HexFormat.of().formatHex(sha.digest()), kind + " " + unit + " output changed");
    }
}
