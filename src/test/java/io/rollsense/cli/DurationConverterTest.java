package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DurationConverterTest {
    private final DurationConverter c = new DurationConverter();

    @Test
    void unitsAndBareSeconds() {
        assertEquals(Duration.ofSeconds(30), c.convert("30s"));
        assertEquals(Duration.ofMinutes(5), c.convert("5m"));
        assertEquals(Duration.ofMinutes(90), c.convert("1.5h"));
        assertEquals(Duration.ofMillis(500), c.convert("500ms"));
        assertEquals(Duration.ofSeconds(12), c.convert("12"));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(CommandLine.TypeConversionException.class, () -> c.convert("soon"));
        assertThrows(CommandLine.TypeConversionException.class, () -> c.convert("-5s"));
    }
}
