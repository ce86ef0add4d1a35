package io.rollsense.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Help text wrapped at spaces only. Picocli wraps with the JDK's line {@code BreakIterator}, which
 * breaks after a full stop inside a word ("~/." then "config/rollsense" on the next line). Here
 * picocli renders each section unwrapped (a very wide usage width) and every too-long line is
 * wrapped again at spaces, keeping picocli's hanging indents: under the description column for
 * options, under the first option for the synopsis.
 */
final class HelpWrap {
    /** Width picocli renders at: wide enough that it never wraps itself. */
    static final int UNWRAPPED = 10_000;
    private static final Pattern OPTION_ROW = Pattern.compile("^( +\\S.*?\\S {2,})\\S");

    private HelpWrap() {
    }

    /** Makes {@code cl} and its subcommands render help wrapped at spaces to {@code width} columns. */
    static void install(CommandLine cl, int width) {
        cl.setUsageHelpWidth(UNWRAPPED);
        for (String key : cl.getHelpSectionKeys()) {
            CommandLine.IHelpSectionRenderer r = cl.getHelpSectionMap().get(key);
            if (r != null && key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS)) {
                // rendered after the "Usage: " heading, on the same line
                cl.getHelpSectionMap().put(key, help -> wrap("Usage: " + r.render(help), width).substring(7));
            } else if (r != null) {
                cl.getHelpSectionMap().put(key, help -> wrap(r.render(help), width));
            }
        }
        cl.getSubcommands().values().forEach(sub -> install(sub, width));
    }

    /** The help width: {@code $COLUMNS} when it is a sensible number, else 80. */
    static int width() {
        try {
            int c = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").trim());
            return Math.max(60, Math.min(160, c));
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** Wraps every line of {@code text} longer than {@code width} at spaces, with its hanging indent. */
    static String wrap(String text, int width) {
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
            indent = 0;
        }
        if (indent > width / 2) {
            indent = 8;
        }
        String rest = line;
        boolean first = true;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= (first ? keep : indent)) {
                cut = rest.indexOf(' ', Math.max(width, first ? keep : indent)); // one long word: let it overflow
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
