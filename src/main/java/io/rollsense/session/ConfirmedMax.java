package io.rollsense.session;

/**
 * The largest of a series of times written in time order, counting a value only once a later
 * value reaches it (or it is the last one): a single time whose digits were damaged into a larger
 * number never stretches a duration. Not thread-safe.
 */
final class ConfirmedMax {
    private long confirmed;
    private long latest;

    void add(long value) {
        if (value >= latest) {
            confirmed = Math.max(confirmed, latest);
        }
        latest = value;
    }

    /** The largest confirmed value, or the latest when it is larger (0 before any). */
    long value() {
        return Math.max(confirmed, latest);
    }
}
