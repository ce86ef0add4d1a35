package io.rollsense.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HelpTextTest {

    /** {@code row} wraps into two lines, the second two past the description column (29). */
    private static void assertTwoLinesUnderTheDescription(String row) {
        String[] lines = HelpText.wrap(row, 80).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].startsWith(" ".repeat(31)) && lines[1].charAt(31) != ' ', "indent 31: [" + lines[1] + "]");
    }

    /** An option row: the description wraps under its own column. */
    @Test
    void optionRowWrapsUnderTheDescription() {
        String row = "      --volume=0-100         Loudness of every sound, 0 (silent) to 100 (full scale); the default is 80 here.";
        assertTwoLinesUnderTheDescription(row);
    }

    /** A description picocli put on a line of its own (long option names) wraps two past its indent, like the others. */
    @Test
    void descriptionOnItsOwnLineKeepsItsIndent() {
        String row = " ".repeat(29) + "Body models for the rhythm tables: sim (the first simulator), alt (the second, written apart; default sim,alt).";
        String[] lines = HelpText.wrap(row, 80).split("\n");
        assertTrue(lines.length >= 2);
        assertTrue(lines[0].startsWith(" ".repeat(29)) && lines[0].charAt(29) != ' ', lines[0]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].length() <= 80, lines[i]);
            assertTrue(lines[i].startsWith(" ".repeat(31)) && lines[i].charAt(31) != ' ', "indent 31: [" + lines[i] + "]");
        }
    }

    /** Option names that fill the column leave one space before the description; it still wraps under it. */
    @Test
    void optionNamesFillingTheColumn() {
        String row = "      --overpressure-kpa=KPA Overpressure threshold in kPa (1..1000; default per device kind: roller 60, balls 120, pad 80).";
        assertTwoLinesUnderTheDescription(row);
    }

    /** Paths are not broken after a full stop. */
    @Test
    void pathsStayWhole() {
        String row = "      --data-dir=DIR         Session library directory (default: data-dir= in ~/.config/rollsense/config, else elsewhere).";
        assertTrue(HelpText.wrap(row, 80).contains("~/.config/rollsense/config"));
    }

    /** A comma-separated list longer than the line breaks after a comma, under the description. */
    @Test
    void longListsBreakAfterACommaInsideTheWidth() {
        String row = " ".repeat(29) + "Which alert sounds play (default all): spine,too-hard,back-in-range,device-lost,device-found,recording-failed.";
        for (String l : HelpText.wrap(row, 80).split("\n")) {
            assertTrue(l.length() <= 80, "[" + l + "]");
        }
    }
}
