package io.rollsense.routine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the routine file format, version 1 (YAML; JSON is YAML too), documented in
 * docs/routines.md. Pure: parses text it is given (files are read by {@link RoutineLibrary}).
 * Thread-safe. Every problem is reported as ONE {@link RoutineFileException} naming the source,
 * line, field and what is allowed; the first problem in file order wins.
 */
public final class RoutineFormat {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

    private RoutineFormat() {
    }

    /**
     * Parses a routine.
     *
     * @param text   the file's text
     * @param source the file name for messages
     * @throws RoutineFileException for anything the format does not allow
     */
    public static Routine parse(String text, String source) throws RoutineFileException {
        Map<String, Integer> lines = new HashMap<>();
        JsonNode root;
        try {
            indexLines(text, lines);
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String why = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
            throw new RoutineFileException(source, at == null ? 0 : at.getLineNr(), "", "not valid YAML: " + why);
        } catch (IOException e) {
            throw new RoutineFileException(source, 0, "", "cannot be parsed: " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new RoutineFileException(source, 0, "", "the file is empty; a routine needs format: 1, name, steps");
        }
        return new RoutineReader(new Fields(source, lines), root).read();
    }

    /** Records the line of every field and array element by its JSON pointer ("/steps/1/seconds"). */
    private static void indexLines(String text, Map<String, Integer> lines) throws IOException {
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    pointer = p.getParsingContext().getParent() == null ? ""
                            : p.getParsingContext().getParent().pathAsPointer().toString();
                }
                lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
            }
        }
    }

    /** Source name and line index, to build the one message. */
    record Fields(String source, Map<String, Integer> lines) {
        RoutineFileException error(String pointer, String field, String what) {
            Integer line = lines.get(pointer);
            String p = pointer;
            while (line == null && p.lastIndexOf('/') > 0) {
                p = p.substring(0, p.lastIndexOf('/'));
                line = lines.get(p);
            }
            return new RoutineFileException(source, line == null ? 0 : line, field, what);
        }
    }

    /** The allowed top-level keys, in file order. */
    static final List<String> TOP_KEYS = List.of("format", "name", "device", "description", "steps");
    /** The allowed step keys, in file order. */
    static final List<String> STEP_KEYS = new ArrayList<>(List.of("title", "area", "side", "seconds", "strokes",
            "cadence-spm", "pressure-share", "pressure-kpa", "spine", "rest-seconds", "instruction"));
}
