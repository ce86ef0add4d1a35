package io.rollsense.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The rhythm panel names the target band as the literature does: 7.5–15, not 8–15. */
class RhythmBandLabelTest {
    @Test
    void bandEdgesKeepTheirHalf() {
        assertEquals("7.5", RhythmPanel.spm(7.5));
        assertEquals("15", RhythmPanel.spm(15));
        assertEquals("30", RhythmPanel.spm(30.0));
    }
}
