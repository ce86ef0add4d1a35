package io.rollsense.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What a file given to {@code analyze} is, told by its header: a recorded session starts with
 * {@code RSESSION <version> }; a capture holds wire-protocol lines. A file that looks like a session
 * whose header is gone (named {@code *.rsession}, starting with zero bytes as a damaged disk block
 * leaves it, or holding session records) is neither, and is said to be so rather than read as an
 * empty capture. Stateless.
 */
public enum FileKind {
    /** Starts with the session header. */
    SESSION,
    /** Looks like a session but its header is missing or damaged. */
    DAMAGED_SESSION,
    /** No bytes at all. */
    EMPTY,
    /** Anything else: read as wire-protocol lines. */
    CAPTURE;

    /** How much of the file is looked at, bytes. */
    private static final int PROBE_BYTES = 8192;
    /** A session record: type letter, space, host offset, space. */
    private static final Pattern RECORD = Pattern.compile("^[LHEPBSMZ] \\d+ ", Pattern.MULTILINE);
    /** This many session records in the first {@link #PROBE_BYTES} make a file a session. */
    private static final int RECORDS_NEEDED = 3;

    /**
     * Classifies a file by its first bytes and its name.
     *
     * @throws IOException naming the file when it cannot be read
     */
    public static FileKind of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PROBE_BYTES);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (head.length == 0) {
            return EMPTY;
        }
        if (SessionReader.isSession(file)) {
            return SESSION;
        }
        if (head[0] == 0 || file.getFileName().toString().endsWith(SessionFormat.SUFFIX)) {
            return DAMAGED_SESSION;
        }
        var m = RECORD.matcher(new String(head, StandardCharsets.ISO_8859_1));
        int records = 0;
        while (records < RECORDS_NEEDED && m.find()) {
            records++;
        }
        return records >= RECORDS_NEEDED ? DAMAGED_SESSION : CAPTURE;
    }

    /** One line for the user about a file of this kind that cannot be analysed, or {@code null}. */
    public String refusal(Path file) {
        return switch (this) {
            case EMPTY -> file + " is empty: nothing to analyse";
            case DAMAGED_SESSION -> file + " looks like a recorded session whose header is missing or damaged (a session"
                    + " starts with '" + SessionFormat.MAGIC + " " + SessionFormat.VERSION + "'); it is not analysed as a"
                    + " capture. Its raw lines are the records starting with 'L': grep '^L ' to salvage them";
            default -> null;
        };
    }
}
