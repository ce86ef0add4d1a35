package io.rollsense.ui;

import java.util.List;

/**
 * What the start window can ask the application to do; implemented by the command line
 * ({@code cli.StartCommand}), which runs the same commands a person would type. Each call may block
 * for as long as the session, review or report takes: the window calls them on its own worker
 * thread, never on the Swing thread. Errors come back as exceptions and are shown in one line.
 */
public interface StartActions {
    /** Runs the demo in the live window until it is closed. */
    void demo() throws Exception;

    /** Coaches live from a serial port until the window is closed. */
    void serial(String port) throws Exception;

    /** Coaches live from an MQTT broker and device id (or + for every device) until the window is closed. */
    void mqtt(String broker, String device) throws Exception;

    /** Opens the review window of a recorded session until it is closed. */
    void review(String sessionId) throws Exception;

    /** Writes the HTML report of a session and opens it; returns where it was written. */
    String report(String sessionId) throws Exception;

    /** The serial ports that answered with a hello, as "path — device id" labels' parts. */
    List<Port> findDevices() throws Exception;

    /** The recorded sessions, newest first. */
    List<Session> sessions() throws Exception;

    /** The trend across sessions as text lines (minutes rolled, alerts, pain). */
    List<String> trend() throws Exception;

    /**
     * Hook for guided routines (package {@code io.rollsense.routine}, built separately): the names
     * of the routines available; the window shows a "Start a guided routine" button only when this
     * is not empty. The default has none.
     */
    default List<String> routines() {
        return List.of();
    }

    /**
     * Runs the named guided routine (a name from {@link #routines()}) until its window is closed:
     * on {@code device} ("serial PORT" or "mqtt BROKER DEVICE", the last one connected), or with the
     * demo's simulated person when {@code device} is {@code null}.
     */
    default void routine(String name, String device) throws Exception {
        throw new UnsupportedOperationException("no guided routines in this version");
    }

    /** A serial port whose device said hello. */
    record Port(String path, String deviceId) {
    }

    /** One recorded session, as the list shows it. */
    record Session(String id, String when, String device, String duration, long strokes, int alerts,
                   String pain) {
    }
}
