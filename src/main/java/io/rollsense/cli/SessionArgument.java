package io.rollsense.cli;

import io.rollsense.session.SessionLibrary;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code ID|PATH} argument of the commands that read one recorded session (export, report,
 * review), with the library an id is looked up in.
 */
final class SessionArgument {
    @Parameters(paramLabel = "ID|PATH", description = "Session id (or unique prefix) in the library, or a session file.")
    String idOrPath;

    @Option(names = "--device", paramLabel = "ID",
            description = "For a session with several devices (live --device +): which one (default: the first).")
    String device;

    @Mixin
    LibraryOptions library;

    /** The library in force. */
    SessionLibrary library() {
        return library.library();
    }

    /** Loads the session, showing the chosen device, and tells the user on {@code err} what it skipped or left out. */
    io.rollsense.session.SessionData load(java.io.PrintWriter err) throws IOException {
        return io.rollsense.app.SessionSetup.load(file(), device, err);
    }

    /** The session file: a path as given, else the library's session with that id or unique id prefix. */
    Path file() throws IOException {
        return library().resolve(idOrPath);
    }
}
