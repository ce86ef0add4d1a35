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
        "ROLLER, KPA, 4d5d6fe10214f9898ed5f743bf142eb93b375c6f8224f3ed63352a54bbf01a84",
        "BALLS, RAW, e3dc79ef7908405686c14e33cb4f7987719ab936b3572c28df988b55b51a9677",
        "PAD, NEWTON, 9e9637dc3eb0a02bcf167482609efcd8d5203c9396100a7a6f712a94b04ebce3",
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
