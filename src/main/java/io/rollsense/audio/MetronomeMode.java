package io.rollsense.audio;

import java.util.Locale;

/** When the metronome plays ({@code metronome-mode=} in {@link SoundSettings}). */
public enum MetronomeMode {
    /** Every beat, the whole session. */
    ALWAYS,
    /** Fades out while the person rolls on pace for a while; returns when the pace leaves the band. */
    OFF_PACE,
    /** Never. */
    OFF;

    /** Name in settings: {@code always}, {@code off-pace}, {@code off}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the allowed values */
    static MetronomeMode ofKey(String key) {
        for (MetronomeMode m : values()) {
            if (m.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("metronome-mode must be always, off-pace or off, was '" + key + "'");
    }
}
