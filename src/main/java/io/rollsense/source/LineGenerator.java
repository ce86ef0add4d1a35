package io.rollsense.source;

/**
 * Produces wire-protocol lines on demand (a simulator, a test fixture). Not thread-safe: used from
 * one thread.
 */
public interface LineGenerator {
    /** The next line without terminator, or {@code null} when there are no more. */
    String nextLine();

    /** Device time in ms of the most recent frame line returned, for pacing (0 before any frame). */
    long lastDeviceTimeMs();
}
