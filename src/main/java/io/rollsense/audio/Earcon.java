package io.rollsense.audio;

import java.util.Locale;

/**
 * The short synthesised sounds that tell what happened without a look at the screen. Each has its
 * own switch ({@code earcons=} in {@link SoundSettings}); {@link #key()} is its name there.
 */
public enum Earcon {
    /** Pressure on the spine: two low pulses, repeated (spaced out) until it clears. */
    SPINE,
    /** Too much pressure: three high, quick beeps, repeated until it clears. */
    TOO_HARD,
    /** Every alert has cleared: a soft rising pair of notes, once. */
    BACK_IN_RANGE,
    /** The device disconnected or went offline: three falling notes. */
    DEVICE_LOST,
    /** The device connected or came back: three rising notes. */
    DEVICE_FOUND,
    /** The session could no longer be recorded: a low warble, once. */
    RECORDING_FAILED;

    /** Name in settings: {@code spine}, {@code too-hard}, {@code back-in-range}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The earcon with this {@link #key()}. @throws IllegalArgumentException naming the known keys */
    public static Earcon ofKey(String key) {
        for (Earcon e : values()) {
            if (e.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown earcon '" + key + "' (known: " + keys() + ")");
    }

    /** All keys, comma separated. */
    public static String keys() {
        StringBuilder b = new StringBuilder();
        for (Earcon e : values()) {
            b.append(b.length() == 0 ? "" : ",").append(e.key());
        }
        return b.toString();
    }
}
