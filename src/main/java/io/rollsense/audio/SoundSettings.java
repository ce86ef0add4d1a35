package io.rollsense.audio;

import io.rollsense.core.AnalysisSettings;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Every sound option in one place, with unit, default and allowed range. The same names are used
 * on the command line ({@code --volume 60}) and in a {@code --config} file ({@code volume=60}).
 * Immutable; validated on construction (messages name the key and the allowed values).
 *
 * @param sound           {@code sound=on|off} (default on): off starts muted (the live window's M turns it on)
 * @param voice           {@code voice=on|off} (default on): the spoken cues
 * @param volumePercent   {@code volume=0..100} (default 80): master volume, percent
 * @param metronomeMode   {@code metronome-mode=always|off-pace} (default off-pace), or off with {@code metronome=off}
 * @param metronomeSpm    {@code metronome=SPM} (1..60 strokes/min, two beats a stroke); NaN (default,
 *                        {@code metronome=on}) = the middle of the analysis target band
 * @param earcons         {@code earcons=all|none|LIST} (default all): which earcons play, by {@link Earcon#key()}
 * @param sayTimeEveryMin {@code say-time=0..120} minutes between spoken session times (default 5; 0 = never)
 * @param audioOut        {@code audio-out=FILE.wav}: also render the speaker's sound into this WAV file, or null
 */
public record SoundSettings(boolean sound, boolean voice, int volumePercent, MetronomeMode metronomeMode,
                            double metronomeSpm, Set<Earcon> earcons, int sayTimeEveryMin, Path audioOut) {

    /** The keys, as config-file keys (command-line options are these with {@code --}). */
    public static final List<String> KEYS = List.of("sound", "voice", "volume", "metronome", "metronome-mode", "earcons",
            "say-time", "audio-out");

    /** Defaults: sound and voice on, volume 80, metronome off-pace at the middle of the band, all earcons, time every 5 min. */
    public static final SoundSettings DEFAULTS = new SoundSettings(true, true, 80, MetronomeMode.OFF_PACE, Double.NaN,
            EnumSet.allOf(Earcon.class), 5, null);

    public SoundSettings {
        if (volumePercent < 0 || volumePercent > 100) {
            throw new IllegalArgumentException("volume must be in 0..100, was " + volumePercent);
        }
        if (metronomeMode == null) {
            throw new IllegalArgumentException("metronome-mode must be always, off-pace or off, was null");
        }
        if (!Double.isNaN(metronomeSpm) && !(metronomeSpm >= 1 && metronomeSpm <= 60)) {
            throw new IllegalArgumentException("metronome must be on, off or a pace in 1..60 strokes/min, was "
                    + metronomeSpm);
        }
        if (sayTimeEveryMin < 0 || sayTimeEveryMin > 120) {
            throw new IllegalArgumentException("say-time must be in 0..120 minutes, was " + sayTimeEveryMin);
        }
        earcons = Collections.unmodifiableSet(earcons.isEmpty() ? EnumSet.noneOf(Earcon.class) : EnumSet.copyOf(earcons));
    }

    /**
     * The settings for the {@code playback}-th playback of a review (1 = the first): each renders into a
     * WAV of its own, {@code FILE.wav}, then {@code FILE-2.wav}, {@code FILE-3.wav}, ..., so a jump never
     * overwrites the file an earlier playback is still finishing.
     */
    public SoundSettings forPlayback(int playback) {
        if (audioOut == null || playback <= 1) {
            return this;
        }
        String name = audioOut.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot > 0 ? name.substring(0, dot) + "-" + playback + name.substring(dot) : name + "-" + playback;
        return new SoundSettings(sound, voice, volumePercent, metronomeMode, metronomeSpm, earcons, sayTimeEveryMin,
                audioOut.resolveSibling(numbered));
    }

    /** Metronome pace in strokes/min: the explicit one, else the middle of the target band. */
    public double metronomeSpmFor(AnalysisSettings analysis) {
        return Double.isNaN(metronomeSpm) ? (analysis.targetMinSpm() + analysis.targetMaxSpm()) / 2 : metronomeSpm;
    }

    /** Whether this earcon is switched on. */
    public boolean plays(Earcon e) {
        return earcons.contains(e);
    }

    /** A copy that starts muted or not. */
    public SoundSettings withSound(boolean on) {
        return new SoundSettings(on, voice, volumePercent, metronomeMode, metronomeSpm, earcons, sayTimeEveryMin, audioOut);
    }

    /**
     * Settings from string values by key (command line first, then config file: the lookup decides),
     * the defaults for keys it has no value for.
     *
     * @param values key → value or null; {@code audio-out} relative paths are taken as they are
     * @throws IllegalArgumentException for a bad value, naming the key and what is allowed
     */
    public static SoundSettings parse(Function<String, String> values) {
        SoundSettings d = DEFAULTS;
        boolean sound = onOff("sound", values.apply("sound"), d.sound);
        boolean voice = onOff("voice", values.apply("voice"), d.voice);
        int volume = d.volumePercent;
        String v = values.apply("volume");
        if (v != null) {
            volume = (int) Math.round(number("volume", v, "0..100"));
        }
        MetronomeMode mode = d.metronomeMode;
        String m = values.apply("metronome-mode");
        if (m != null) {
            mode = MetronomeMode.ofKey(m);
        }
        double spm = d.metronomeSpm;
        String metronome = values.apply("metronome");
        if (metronome != null) {
            String k = metronome.strip().toLowerCase(Locale.ROOT);
            if (k.equals("off")) {
                mode = MetronomeMode.OFF;
            } else if (!k.equals("on")) {
                spm = number("metronome", k, "on, off or a pace in 1..60 strokes/min");
            }
        }
        Set<Earcon> earcons = d.earcons;
        String e = values.apply("earcons");
        if (e != null) {
            earcons = earconList(e);
        }
        int sayTime = d.sayTimeEveryMin;
        String t = values.apply("say-time");
        if (t != null) {
            sayTime = (int) Math.round(number("say-time", t, "0..120 minutes"));
        }
        String out = values.apply("audio-out");
        return new SoundSettings(sound, voice, volume, mode, spm, earcons, sayTime,
                out == null || out.isBlank() ? null : Path.of(out.strip()));
    }

    private static Set<Earcon> earconList(String list) {
        String s = list.strip().toLowerCase(Locale.ROOT);
        if (s.equals("all")) {
            return EnumSet.allOf(Earcon.class);
        }
        Set<Earcon> set = EnumSet.noneOf(Earcon.class);
        if (s.equals("none") || s.isEmpty()) {
            return set;
        }
        for (String k : s.split(",")) {
            try {
                set.add(Earcon.ofKey(k));
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException("earcons must be all, none or a list of " + Earcon.keys()
                        + ", was '" + list + "'");
            }
        }
        return set;
    }

    private static boolean onOff(String key, String value, boolean dflt) {
        if (value == null) {
            return dflt;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new IllegalArgumentException(key + " must be on or off, was '" + value + "'");
        };
    }

    private static double number(String key, String value, String allowed) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be " + allowed + ", was '" + value + "'");
        }
    }
}
