package io.rollsense.protocol;

/**
 * A rejected line: data, not an exception.
 *
 * @param category why it was rejected
 * @param detail   a short human-readable reason naming the field, e.g. "CRC 1A2B != computed 29B1"
 * @param excerpt  the start of the line (at most 80 printable characters, non-printables escaped)
 */
public record BadLine(BadLineCategory category, String detail, String excerpt) {
}
