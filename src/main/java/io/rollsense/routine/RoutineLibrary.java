package io.rollsense.routine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one class of this package that reads files: the built-in routines (resources next to this
 * class, in the same format as user files) and the user's routines from
 * {@code $XDG_CONFIG_HOME/rollsense/routines/} (else {@code ~/.config/rollsense/routines/}),
 * every {@code *.yaml}, {@code *.yml} and {@code *.json} there. A user file with the same name as a
 * built-in replaces it. Bad user files are kept as problems (one message each), never thrown.
 * Immutable once loaded; thread-safe.
 */
public final class RoutineLibrary {
    /** The built-ins' resource names, in listing order. */
    static final List<String> BUILT_IN_FILES = List.of("tennis-balls-whole-back.yaml",
            "foam-roller-mid-back-to-hips.yaml", "try-it-out.yaml");

    private final List<Routine> routines;
    private final List<Routine> builtIns;
    private final List<RoutineFileException> problems;
    private final Path userDir;

    private RoutineLibrary(List<Routine> builtIns, List<Routine> user, List<RoutineFileException> problems, Path userDir) {
        this.builtIns = List.copyOf(builtIns);
        List<Routine> all = new ArrayList<>();
        for (Routine b : builtIns) {
            if (user.stream().noneMatch(u -> u.key().equals(b.key()))) {
                all.add(b);
            }
        }
        all.addAll(user);
        this.routines = List.copyOf(all);
        this.problems = List.copyOf(problems);
        this.userDir = userDir;
    }

    /**
     * The built-ins and the user's routines: {@code routines/} in {@code -Drollsense.config.dir} when
     * set (as for the live view's settings), else in {@link #userDir(Map)} of the process environment.
     */
    public static RoutineLibrary load() {
        String prop = System.getProperty("rollsense.config.dir");
        return load(prop != null && !prop.isBlank() ? Path.of(prop, "routines") : userDir(System.getenv()));
    }

    /** The built-ins and the routines in {@code dir} (which need not exist). */
    public static RoutineLibrary load(Path dir) {
        List<Routine> user = new ArrayList<>();
        List<RoutineFileException> problems = new ArrayList<>();
        if (dir != null && Files.isDirectory(dir)) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{yaml,yml,json}")) {
                ds.forEach(files::add);
            } catch (IOException e) {
                problems.add(new RoutineFileException(dir.toString(), 0, "", "cannot list the folder: " + e.getMessage()));
            }
            files.sort(null);
            for (Path f : files) {
                try {
                    user.add(read(f));
                } catch (RoutineFileException e) {
                    problems.add(e);
                }
            }
        }
        return new RoutineLibrary(builtIns(), user, problems, dir);
    }

    /** The built-in routines, parsed from their resources. */
    public static List<Routine> builtIns() {
        List<Routine> out = new ArrayList<>();
        for (String name : BUILT_IN_FILES) {
            try (InputStream in = RoutineLibrary.class.getResourceAsStream(name)) {
                Objects.requireNonNull(in, "built-in routine resource " + name);
                out.add(RoutineFormat.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read built-in routine " + name, e);
            } catch (RoutineFileException e) {
                throw new IllegalStateException("built-in routine is invalid: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * Reads and checks one routine file.
     *
     * @throws RoutineFileException when it cannot be read or breaks the format (one message)
     */
    public static Routine read(Path file) throws RoutineFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RoutineFileException(file.toString(), 0, "", "cannot be read: " + e.getMessage());
        }
        return RoutineFormat.parse(text, file.toString());
    }

    /** The user's routine folder for an environment: XDG_CONFIG_HOME, else HOME/.config, plus rollsense/routines. */
    public static Path userDir(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return base.resolve("rollsense").resolve("routines");
    }

    /** Every usable routine: built-ins (unless a user file replaces one), then the user's. */
    public List<Routine> routines() {
        return routines;
    }

    /** Whether {@code r} is one of the built-ins (and not replaced by a user file). */
    public boolean isBuiltIn(Routine r) {
        return builtIns.contains(r);
    }

    /** User files that could not be used, one message each. */
    public List<RoutineFileException> problems() {
        return problems;
    }

    /** Where user routines are read from. */
    public Path userDir() {
        return userDir;
    }

    /**
     * Finds a routine by name or key (case and punctuation ignored), or a routine file path.
     *
     * @throws RoutineFileException when the text names a file that is bad
     * @throws IllegalArgumentException when nothing matches (the message lists the names)
     */
    public Routine find(String nameOrFile) throws RoutineFileException {
        for (Routine r : routines) {
            if (r.matches(nameOrFile)) {
                return r;
            }
        }
        Path p = Path.of(nameOrFile);
        if (Files.isRegularFile(p)) {
            return read(p);
        }
        List<String> names = routines.stream().map(r -> "'" + r.name() + "'").toList();
        throw new IllegalArgumentException("no routine named '" + nameOrFile + "'; known: " + String.join(", ", names)
                + " (or give a routine file)");
    }
}
