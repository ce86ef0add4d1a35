package io.rollsense.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlertSoundTest {
    @Test
    void chimeIsTwoSoftTonesThatStartAndEndSilent() {
        byte[] pcm = AlertSound.chime();
        int samples = pcm.length / 2;
        assertEquals((int) (22_050 * 0.16) * 2 + (int) (22_050 * 0.04), samples);
        int peak = 0;
        for (int i = 0; i < samples; i++) {
            peak = Math.max(peak, Math.abs(sample(pcm, i)));
        }
        assertTrue(peak > 0.3 * Short.MAX_VALUE && peak <= 0.35 * Short.MAX_VALUE, "soft, not clipped: " + peak);
        assertTrue(Math.abs(sample(pcm, 0)) < 50 && Math.abs(sample(pcm, samples - 1)) < 50, "raised-cosine edges");
    }

    @Test
    void mutedOrClearedNeverStartsTheChime() {
        try (AlertSound sound = new AlertSound()) {
            sound.muted(true);
            sound.tick(true, 0);
            sound.tick(true, 10_000);
            sound.muted(false);
            sound.tick(false, 20_000);
            assertTrue(sound.available(), "no line was opened, so nothing failed");
        }
    }

    private static int sample(byte[] pcm, int i) {
        return (short) ((pcm[2 * i] & 0xFF) | (pcm[2 * i + 1] << 8));
    }
}
