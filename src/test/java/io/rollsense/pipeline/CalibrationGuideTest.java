package io.rollsense.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalibrationGuideTest {
    @Test
    void pressureOfAWeightOnAnArea() {
        assertEquals(1.962, CalibrationGuide.pressureKpa(2, 100), 1e-9, "2 kg on 10 x 10 cm");
        assertEquals(49.05, CalibrationGuide.pressureKpa(30, 60), 1e-9, "30 kg on a 60 cm2 foam-roller contact");
    }
}
