package io.rollsense.api;

/**
 * What the pipeline and its views may ask of the session recorder (implemented by
 * {@code session.SessionRecorder}; kept here so {@code app} need not know the session package).
 *
 * <p>Threading: every method may be called from any thread (the Swing event thread in particular)
 * and returns at once; records are written by the recorder's own writer thread. Errors: a rating
 * outside 0..10 is a programmer error ({@link IllegalArgumentException}); once recording has
 * stopped (closed, or after a write failure) the setters do nothing and never throw.
 */
public interface RecordingControl {
    /** Whether the session is being written now (false before start, after close and after a failure). */
    boolean recording();

    /** Whether recording stopped (or never started) because the file could not be written. */
    boolean failed();

    /** Records the pain rating before the session, 0 (none) to 10 (worst); a later call wins. */
    void setPainBefore(int pain);

    /** Records the pain rating after the session, 0 (none) to 10 (worst); a later call wins. */
    void setPainAfter(int pain);

    /** Adds a free-text note to the session (notes accumulate, one per line). */
    void addNote(String note);
}
