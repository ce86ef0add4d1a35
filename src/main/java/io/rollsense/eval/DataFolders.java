package io.rollsense.eval;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Finds the real recordings shipped in the repository's {@code data/} folder (see data/README.md):
 * {@code data/NAME} in the working directory, else in the repository that holds the running code
 * ({@code target/classes} or {@code target/rollsense.jar}, up to three folders up). Never looks in
 * a sibling of the repository. Stateless; safe from any thread.
 */
public final class DataFolders {
    private static final int LEVELS_UP = 3;

    private DataFolders() {
    }

    /** The folder {@code data/name}, or empty when neither place has it. */
    public static Optional<Path> find(String name) {
        Path here = Path.of("data", name).toAbsolutePath();
        if (Files.isDirectory(here)) {
            return Optional.of(here);
        }
        Path p = codeLocation();
        for (int i = 0; p != null && i <= LEVELS_UP; i++, p = p.getParent()) {
            Path candidate = p.resolve("data").resolve(name);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Path codeLocation() {
        CodeSource src = DataFolders.class.getProtectionDomain().getCodeSource();
        if (src == null || src.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(src.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null; // not a file location (e.g. a custom class loader): only the working directory counts
        }
    }
}
