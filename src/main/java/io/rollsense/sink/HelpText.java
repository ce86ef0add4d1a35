package io.rollsense.sink;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Help text wrapped at spaces (and, inside a list too long for a line, after a comma). Picocli wraps with the JDK's line {@code BreakIterator}, which
 * breaks after a full stop inside a word ("~/." then "config/rollsense" on the next line). The
 * command line renders each help section unwrapped and wraps every too-long line again here, at
 * spaces, keeping picocli's hanging indents: under the description column for options (a row that
 * starts with spaces, the option names and the gap before the description; picocli leaves only one
 * space after names that fill the column), under the first option
 * for the synopsis (a line that starts with {@code "Usage: "}), and two past its own indent for a
 * description that picocli put on a line of its own. Stateless and thread-safe.
 */
public final class HelpText {
    /** Option names (each starting with '-', separated by ", ") and the gap before the description. */
    private static final Pattern OPTION_ROW = Pattern.compile("^( +-\\S*(?:, -\\S*)* +)\\S");

    private HelpText() {
    }

    /** The help width: {@code $COLUMNS} when it is a sensible number, else 80. */
    public static int width() {
        try {
            int c = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").trim());
            return Math.max(60, Math.min(160, c));
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** Wraps every line of {@code text} longer than {@code width} at spaces, with its hanging indent. */
    public static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            wrapLine(lines[i], width, out);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void wrapLine(String line, int width, StringBuilder out) {
        if (line.length() <= width) {
            out.append(line);
            return;
        }
        int keep = 0; // never break before this column (the option names and the gap after them)
        int indent;
        Matcher m = OPTION_ROW.matcher(line);
        if (line.startsWith("Usage: ")) {
            int firstArg = line.indexOf(" [");
            keep = firstArg < 0 ? 0 : firstArg + 1;
            indent = keep;
        } else if (m.find()) {
            keep = m.end(1);
            indent = keep + 2;
        } else {
            // a description on a line of its own (the option names were too long): keep its indent
            keep = line.length() - line.stripLeading().length();
            indent = keep + 2;
        }
        if (indent > width / 2) {
            indent = 8;
        }
        String rest = line;
        boolean first = true;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            int floor = first ? keep : indent;
            if (cut <= floor) {
                int comma = rest.lastIndexOf(',', width - 1); // a long list of values: break after a comma
                if (comma > floor) {
                    out.append(rest, 0, comma + 1).append('\n');
                    rest = " ".repeat(indent) + rest.substring(comma + 1).stripLeading();
                    first = false;
                    continue;
                }
                cut = rest.indexOf(' ', Math.max(width, floor)); // one long word: let it overflow
                if (cut < 0) {
                    break;
                }
            }
            out.append(rest, 0, cut).append('\n');
            rest = " ".repeat(indent) + rest.substring(cut).stripLeading();
            first = false;
        }
        out.append(rest);
    }
}
