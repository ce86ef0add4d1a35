package io.rollsense.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The session library: a directory of {@code <id>.rsession} files. Lists sessions with their
 * summaries, resolves {@code ID|PATH} arguments and closes sessions left unfinished by a crash
 * ({@link SessionRecovery}). Not thread-safe; I/O errors name the directory or file.
 */
public final class SessionLibrary {
    /** Environment variable that overrides the default library directory. */
    public static final String ENV_DATA_DIR = "ROLLSENSE_DATA_DIR";

    private final Path dir;

    public SessionLibrary(Path dir) {
        this.dir = dir;
    }

    /** The library directory. */
    public Path dir() {
        return dir;
    }

    /**
     * The default library: {@code $ROLLSENSE_DATA_DIR}, else {@code data-dir=} in the user config file
     * ({@code $XDG_CONFIG_HOME/rollsense/config} or {@code ~/.config/rollsense/config}, {@code key=value}
     * lines as for {@code --config}), else {@code $XDG_DATA_HOME/rollsense/sessions}, else
     * {@code ~/.local/share/rollsense/sessions}.
     */
    public static Path defaultDir() {
        return defaultDir(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultDir(Map<String, String> env, Path home) {
        String explicit = env.get(ENV_DATA_DIR);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdgConfig = env.get("XDG_CONFIG_HOME");
        Path config = (xdgConfig != null && !xdgConfig.isBlank() ? Path.of(xdgConfig) : home.resolve(".config"))
                .resolve("rollsense").resolve("config");
        String configured = configValue(config, "data-dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("rollsense").resolve("sessions");
    }

    /** The value of {@code key=} in a key=value file, or {@code null} when the file or key is absent. */
    static String configValue(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
                String l = line.strip();
                int eq = l.indexOf('=');
                if (eq > 0 && !l.startsWith("#") && l.substring(0, eq).strip().replaceFirst("^--", "").equals(key)) {
                    return l.substring(eq + 1).strip();
                }
            }
        } catch (IOException e) {
            return null; // an unreadable user config is ignored here; the default applies
        }
        return null;
    }

    /**
     * Why {@code dir} cannot be a session library although it exists (it is a file), as one plain
     * sentence; {@code null} when it is a directory or does not exist yet.
     */
    public static String notADirectory(Path dir) {
        return Files.exists(dir) && !Files.isDirectory(dir)
                ? "the session library " + dir + " is a file, not a directory (give a directory with --data-dir)"
                : null;
    }

    /** One listed session. */
    public record Entry(Path file, SessionSummary summary) {
    }

    /**
     * Every session in the library, oldest first. Unfinished sessions not in use by a recorder are
     * closed first (each recovery is reported to {@code notices}); unreadable files are reported and left out.
     */
    public List<Entry> list(Consumer<String> notices) throws IOException {
        List<Entry> out = new ArrayList<>();
        String notDir = notADirectory(dir);
        if (notDir != null) {
            throw new IOException(notDir);
        }
        if (!Files.isDirectory(dir)) {
            return out;
        }
        for (Path f : files()) {
            try {
                SessionSummary summary = SessionRecovery.summaryOrRecover(f, notices);
                if (summary != null) {
                    out.add(new Entry(f, summary));
                }
            } catch (IOException e) {
                notices.accept("skipping " + f + ": " + e.getMessage());
            }
        }
        out.sort(Comparator.comparingLong(e -> e.summary().startHostMs()));
        return out;
    }

    /** Closes every unfinished session not in use; returns how many were closed. */
    public int recoverAll(Consumer<String> notices) throws IOException {
        int n = 0;
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        for (Path f : files()) {
            try {
                n += SessionRecovery.recover(f, notices) ? 1 : 0;
            } catch (IOException e) {
                notices.accept("cannot recover " + f + ": " + e.getMessage());
            }
        }
        return n;
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + SessionFormat.SUFFIX)) {
            ds.forEach(files::add);
        } catch (IOException e) {
            throw new IOException("cannot list session library " + dir + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    /**
     * Resolves a command-line argument: an existing file path, an id in the library, or a unique id prefix.
     *
     * @throws IOException naming the argument and the library when nothing (or more than one) matches
     */
    public Path resolve(String idOrPath) throws IOException {
        Path p = Path.of(idOrPath);
        if (Files.isRegularFile(p)) {
            return p;
        }
        if (notADirectory(dir) != null) {
            throw new IOException(notADirectory(dir));
        }
        Path exact = dir.resolve(idOrPath + SessionFormat.SUFFIX);
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        List<Path> matches = new ArrayList<>();
        if (Files.isDirectory(dir) && !idOrPath.contains("/")) {
            for (Path f : files()) {
                if (f.getFileName().toString().startsWith(idOrPath)) {
                    matches.add(f);
                }
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new IOException(matches.isEmpty()
                ? "no session file or id '" + idOrPath + "' in " + dir + " ('rollsense sessions' lists them)"
                : "'" + idOrPath + "' matches " + matches.size() + " sessions in " + dir + "; give more of the id");
    }
}
