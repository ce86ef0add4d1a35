package io.rollsense.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FeltReplayTest {
    @Test
    void wipingRhythmFromTheLeftRightBalance() throws Exception {
        for (String trial : new String[] {"trial_01", "trial_03"}) {
            FeltReplay.Result r = FeltReplay.run(DataFolders.find("felt").orElseThrow().resolve(Path.of("wipe_raster", trial,
                    "sensor_comb.csv")));
            assertTrue(r.referenceSpm() >= 34 && r.referenceSpm() <= 44, r.toString());
            assertEquals(r.referenceSpm(), r.meanSpm(), 0.03 * r.referenceSpm(), r.toString());
            assertTrue(r.coverage() >= 0.9, r.toString());
        }
    }
}
