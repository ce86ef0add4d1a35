package io.rollsense.cli;

import io.rollsense.session.SessionData;
import java.io.PrintWriter;

/** Small helpers shared by the session commands. */
final class SessionCommands {
    private SessionCommands() {
    }

    /** Tells the user what a corrupted or truncated session file skipped, if anything. */
    static void warnSkipped(SessionData data, PrintWriter err) {
        String msg = data.readResult().skippedMessage();
        if (msg != null) {
            err.println("rollsense: " + data.file() + ": " + msg + "; showing what it holds");
            err.flush();
        }
    }
}
