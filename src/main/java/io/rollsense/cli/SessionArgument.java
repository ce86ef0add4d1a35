package io.rollsense.cli;

import io.rollsense.session.SessionLibrary;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The {@code ID|PATH} argument of the commands that read one recorded session (export, report,
 * review), with the library an id is looked up in.
 */
final class SessionArgument {
    @Parameters(paramLabel = "ID|PATH", description = "Session id (or unique prefix) in the library, or a session file.")
    String idOrPath;

    @Mixin
    LibraryOptions library;

    /** The library in force. */
    SessionLibrary library() {
        return library.library();
    }

    /** The session file: a path as given, else the library's session with that id or unique id prefix. */
    Path file() throws IOException {
        return library().resolve(idOrPath);
    }
}
