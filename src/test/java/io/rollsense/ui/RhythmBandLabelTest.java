package io.rollsense.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rollsense.testing.SwingWait;
import org.junit.jupiter.api.Test;

/**
 * The rhythm panel names the target band as the literature does (7.5–15, not 8–15), and a guided
 * routine's step with its own band moves the title, the gauge and the cue with it.
 */
class RhythmBandLabelTest {
    @Test
    void bandEdgesKeepTheirHalf() {
        assertEquals("7.5", RhythmPanel.spm(7.5));
        assertEquals("15", RhythmPanel.spm(15));
        assertEquals("30", RhythmPanel.spm(30.0));
    }

    @Test
    void aStepsOwnBandDrivesTheCue() throws Exception {
        String[] seen = SwingWait.onEdt(() -> {
            RhythmPanel p = new RhythmPanel(7.5, 15);
            p.show(25.0, 0.9, 10, 60_000);
            String before = p.cueText();
            p.targetBand(20, 30);
            p.show(25.0, 0.9, 11, 61_000);
            return new String[] {before, p.cueText()};
        });
        assertEquals("Roll slower", seen[0]);
        assertEquals("Good pace", seen[1]);
    }
}
