package io.rollsense.protocol;

import java.util.Locale;

/** The physical form of a sensor device, as declared by {@code kind=} in its hello line. */
public enum DeviceKind {
    /** A foam roller with a row of taxels across its width. */
    ROLLER,
    /** Two tennis balls (about 64 mm apart) with one sensor each, optionally a centre sensor. */
    BALLS,
    /** A small sensor array (mat or pad). */
    PAD;

    /** The wire spelling ({@code roller}, {@code balls}, {@code pad}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the wire spelling.
     *
     * @return the kind, or {@code null} when {@code text} is not a known kind
     */
    public static DeviceKind fromWire(String text) {
        for (DeviceKind k : values()) {
            if (k.wireName().equals(text)) {
                return k;
            }
        }
        return null;
    }
}
