package io.rollsense.routine;

/**
 * A routine file that cannot be used: one message naming the file, the line, the field and what
 * is allowed, e.g. {@code my.yaml line 12, step 2 'seconds': must be 10..600, was 5}.
 */
public final class RoutineFileException extends Exception {
    private final String source;
    private final int line;
    private final String field;

    /**
     * @param source the file name (or "built-in NAME")
     * @param line   1-based line, or 0 when unknown
     * @param field  the field ("format", "step 2 'seconds'"), or empty for the file as a whole
     * @param what   what is wrong and what is allowed
     */
    public RoutineFileException(String source, int line, String field, String what) {
        super(source + (line > 0 ? " line " + line : "") + (field.isEmpty() ? "" : ", " + field) + ": " + what);
        this.source = source;
        this.line = line;
        this.field = field;
    }

    /** The file name. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem, 0 when unknown. */
    public int line() {
        return line;
    }

    /** The field, or empty. */
    public String field() {
        return field;
    }
}
