package io.rollsense.audio;

/**
 * How urgent a spoken cue is. Speech never overlaps itself: a cue waits while another is spoken,
 * except that a more urgent one cuts a less urgent one short; of several waiting cues the most
 * urgent (then the newest) wins.
 */
public enum CuePriority {
    /** Information: the session time. */
    LOW,
    /** Coaching: pace cues, routine step names. */
    NORMAL,
    /** Something to change now: lighter. */
    HIGH,
    /** Safety first: off the spine. */
    URGENT
}
