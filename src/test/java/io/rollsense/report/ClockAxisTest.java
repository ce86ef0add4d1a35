package io.rollsense.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Review and report time axes say m:ss, as the alert lists do, in seconds or minutes units. */
class ClockAxisTest {
    @Test
    void secondsAndMinutesUnitsAreLabelledMinutesAndSeconds() {
        assertEquals("1:30", new ClockAxis("t", 1000).getNumberFormatOverride().format(90.0));
        assertEquals("1:30", new ClockAxis("t", 60_000).getNumberFormatOverride().format(1.5));
        assertEquals("1:00:05", new ClockAxis("t", 1000).getNumberFormatOverride().format(3605.0));
    }

    @Test
    void reviewAndLiveShareTheAlertColours() {
        assertEquals(Palette.SPINE, SessionCharts.SPINE);
        assertEquals(Palette.TOO_HARD, SessionCharts.OVER);
        assertEquals(new java.awt.Color(0x6A, 0x1B, 0x9A), Palette.SPINE); // purple, as the live view always drew it
    }
}
