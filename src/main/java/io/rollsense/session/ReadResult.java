package io.rollsense.session;

/**
 * What reading a session found besides its records.
 *
 * @param formatVersion     the header's format version
 * @param records           records read successfully (header included)
 * @param skipped           records skipped because they were corrupted or cut off
 * @param firstSkippedLine  1-based line number of the first skipped record, 0 when none
 * @param tornTailBytes     bytes of a last line without terminator (a write cut off by a crash), 0 when none
 * @param finished          whether the session has a close record
 */
public record ReadResult(int formatVersion, long records, long skipped, long firstSkippedLine, long tornTailBytes,
                         boolean finished) {

    /** One line for the user about what was skipped, or {@code null} when nothing was. */
    public String skippedMessage() {
        if (skipped == 0) {
            return null;
        }
        return "skipped " + skipped + " unreadable record" + (skipped == 1 ? "" : "s") + " (first at line "
                + firstSkippedLine + (tornTailBytes > 0 ? "; the last line was cut off" : "") + ")";
    }
}
