package io.rollsense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import graph of the main sources: session, ui and report see the wiring only through the
 * {@code api} contracts, never {@code io.rollsense.pipeline}; {@code core} and {@code protocol}
 * import no other package of ours but {@code protocol}; nothing reads the repository's siblings.
 */
class ImportRulesTest {
    private static final Path MAIN = Path.of("src", "main", "java", "io", "rollsense");
    private static final Pattern OURS = Pattern.compile("\\bio\\.rollsense\\.([a-z]+)\\b");

    @Test
    void sessionUiAndReportNeverImportThePipeline() throws IOException {
        assertEquals(List.of(), uses(List.of("session", "ui", "report"), List.of("pipeline", "app", "cli")));
    }

    /** Output sinks see only the analysis and the contracts: never a window, the wiring or the commands. */
    @Test
    void sinksNeverImportTheWindowTheWiringOrTheCommands() throws IOException {
        assertEquals(List.of(), uses(List.of("sink"), List.of("ui", "pipeline", "app", "cli")));
    }

    @Test
    void coreAndProtocolStayPure() throws IOException {
        List<String> all;
        try (Stream<Path> dirs = Files.list(MAIN)) {
            all = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList();
        }
        assertEquals(List.of(), uses(List.of("core"), all.stream().filter(p -> !List.of("core", "protocol").contains(p)).toList()));
        assertEquals(List.of(), uses(List.of("protocol"), all.stream().filter(p -> !p.equals("protocol")).toList()));
        assertEquals(List.of(), uses(List.of("audio"),
                all.stream().filter(p -> !List.of("audio", "core", "routine", "api", "protocol").contains(p)).toList()),
                "audio imports only core, routine and the contracts");
    }

    @Test
    void noSourceFileReachesOutsideTheRepository() throws IOException {
        String up = ".."; // built, so this file does not match itself
        List<String> needles = List.of(up + "/shared", "\"" + up + "\", \"shared\"");
        List<String> bad = new ArrayList<>();
        for (Path root : List.of(Path.of("src", "main"), Path.of("src", "test"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    if (needles.stream().anyMatch(text::contains)) {
                        bad.add(f.toString());
                    }
                }
            }
        }
        assertEquals(List.of(), bad, "files that read a sibling shared folder, which exists only on our own machines");
    }

    /** "file: package" for every reference from the given packages to the forbidden ones. */
    private static List<String> uses(List<String> from, List<String> forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (String pkg : from) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    scanned++;
                    Matcher m = OURS.matcher(Files.readString(f));
                    while (m.find()) {
                        if (forbidden.contains(m.group(1))) {
                            found.add(MAIN.relativize(f) + ": io.rollsense." + m.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(scanned > 10, "scanned the sources (" + scanned + " files)");
        return found;
    }
}
