package io.rollsense.ui;

import io.rollsense.audio.AudioCoach;

/**
 * The live window's side of the sound: the M key mutes and unmutes the {@link AudioCoach}, the
 * choice is remembered in the view preferences, and {@link #state()} is what the status line shows
 * ("sound on", "sound off", "sound unavailable: no audio output"). Without a coach (review playback)
 * M only flips the remembered choice. Swing thread only.
 */
final class SoundToggle {
    private final AudioCoach coach;
    private final ViewPrefs prefs;

    /** Applies a remembered mute to the coach. @param coach the audio coach, or null when there is no sound */
    SoundToggle(AudioCoach coach, ViewPrefs prefs) {
        this.coach = coach;
        this.prefs = prefs;
        if (coach != null && prefs.muted) {
            coach.muted(true);
        }
    }

    /** M: sound off if on, on if off; remembered. */
    void toggle() {
        prefs.muted = coach != null ? !coach.muted() : !prefs.muted;
        if (coach != null) {
            coach.muted(prefs.muted);
        }
    }

    /** A few words for the status line. */
    String state() {
        return coach != null ? coach.state() : prefs.muted ? "sound off" : "no sound";
    }
}
