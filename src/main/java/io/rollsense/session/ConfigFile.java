package io.rollsense.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --config} file: {@code key=value} lines (a leading {@code --} on a key is allowed),
 * {@code #} comments (whole lines, or after a value following whitespace). Stateless; any thread.
 */
public final class ConfigFile {
    private ConfigFile() {
    }

    /**
     * Reads the file; keys are lower-cased and must be one of {@code keys}.
     *
     * @throws IOException when the file cannot be read, or naming the line that is not {@code key=value}
     */
    public static Map<String, String> read(Path file, List<String> keys) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (key.startsWith("--")) {
                key = key.substring(2);
            }
            if (eq < 0 || !keys.contains(key)) {
                throw new IOException(file + " line " + (i + 1) + ": expected one of " + keys + " as key=value, got '"
                        + line + "'");
            }
            out.put(key, line.substring(eq + 1).replaceFirst("\\s+#.*$", "").strip()); // inline comment
        }
        return out;
    }
}
