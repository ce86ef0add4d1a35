package io.rollsense.cli;

import io.rollsense.session.SessionLibrary;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The session library location, shared by every command that records or reads sessions. */
public final class LibraryOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Session library directory (default: $ROLLSENSE_DATA_DIR, else data-dir= in "
                    + "~/.config/rollsense/config, else $XDG_DATA_HOME/rollsense/sessions or ~/.local/share/rollsense/sessions).")
    Path dataDir;

    /** The library directory in force. */
    public Path dir() {
        return dataDir != null ? dataDir : SessionLibrary.defaultDir();
    }

    /** The library in force. */
    public SessionLibrary library() {
        return new SessionLibrary(dir());
    }
}
