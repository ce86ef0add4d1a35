package io.rollsense.app;

import io.rollsense.routine.Routine;
import io.rollsense.routine.RoutineLibrary;
import io.rollsense.session.SessionLibrary;
import io.rollsense.session.SessionSummary;
import io.rollsense.session.SessionTrend;
import io.rollsense.source.SerialPorts;
import io.rollsense.sink.SessionTable;
import io.rollsense.ui.StartActions;
import io.rollsense.ui.StartWindow;
import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the start window does, as the commands a person would type: {@code demo}, {@code live
 * --serial PORT}, {@code live --mqtt URI --device ID}, {@code review ID}, {@code report ID}, with the
 * session library given (or the default), run through the command line's {@link CommandRunner}.
 * Output goes to this process's standard output as usual; a command that fails throws its
 * one-line error. Called on the start window's worker thread.
 */
public final class StartCommands implements StartActions {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);
    private final Path dataDir;
    private final CommandRunner commands;

    /** Runs one command line with the given output and error streams and returns its exit code. */
    @FunctionalInterface
    public interface CommandRunner {
        int run(String[] args, PrintWriter out, PrintWriter err);
    }

    /**
     * @param dataDir  the session library, or {@code null} for the default one
     * @param commands runs a command line of this program (the command line's {@code Main.run})
     */
    public StartCommands(Path dataDir, CommandRunner commands) {
        this.dataDir = dataDir;
        this.commands = commands;
    }

    /**
     * Opens the start window on the Swing event thread and waits until it is closed (calling thread).
     *
     * @throws IllegalStateException when the window cannot be built
     */
    public static void openAndWait(Path dataDir, CommandRunner commands) throws InterruptedException {
        StartCommands actions = new StartCommands(dataDir, commands);
        java.util.concurrent.atomic.AtomicReference<StartWindow> w = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            javax.swing.SwingUtilities.invokeAndWait(() -> w.set(StartWindow.open(actions)));
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("cannot open the start window: " + e.getCause().getMessage(), e.getCause());
        }
        w.get().closedLatch().await();
    }

    private SessionLibrary library() {
        return new SessionLibrary(dataDir != null ? dataDir : SessionLibrary.defaultDir());
    }

    @Override
    public void demo() throws Exception {
        command("demo");
    }

    @Override
    public void serial(String port) throws Exception {
        command("live", "--serial", port);
    }

    @Override
    public void mqtt(String broker, String device) throws Exception {
        command("live", "--mqtt", broker, "--device", device);
    }

    @Override
    public List<String> routines() {
        return RoutineLibrary.load().routines().stream().map(Routine::name).toList();
    }

    @Override
    public void routine(String name, String device) throws Exception {
        String[] d = device == null ? new String[0] : device.strip().split(" ");
        if (d.length >= 2 && d[0].equals("serial")) {
            command("live", "--serial", d[1], "--routine", name);
        } else if (d.length >= 2 && d[0].equals("mqtt")) {
            command("live", "--mqtt", d[1], "--device", d.length > 2 ? d[2] : "+", "--routine", name);
        } else {
            command("demo", "--routine", name); // no device yet: watch a simulated person do it
        }
    }

    @Override
    public void review(String sessionId) throws Exception {
        command("review", sessionId);
    }

    @Override
    public String report(String sessionId) throws Exception {
        Path out = library().dir().resolveSibling("reports").resolve(sessionId);
        command("report", sessionId, "--out", out.toString());
        Path index = out.resolve("index.html");
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(index.toUri());
        }
        return index.toString();
    }

    @Override
    public List<Port> findDevices() throws Exception {
        List<String> paths = SerialPorts.list().stream().map(SerialPorts.PortInfo::path).toList();
        List<Port> found = new ArrayList<>();
        for (SerialPorts.ProbeResult r : SerialPorts.probe(paths, 115_200, Duration.ofMillis(1200))) {
            if (r.hello() != null) {
                found.add(new Port(r.path(), r.hello().deviceId()));
            }
        }
        return found;
    }

    @Override
    public List<Session> sessions() throws IOException {
        List<Session> out = new ArrayList<>();
        for (SessionLibrary.Entry e : library().list(msg -> { })) {
            SessionSummary s = e.summary();
            String pain = (s.painBefore() == null ? "-" : s.painBefore().toString()) + " → "
                    + (s.painAfter() == null ? "-" : s.painAfter().toString());
            out.add(0, new Session(s.id(), WHEN.format(Instant.ofEpochMilli(s.startHostMs()).atZone(ZoneId.systemDefault())),
                    s.device() == null ? "-" : s.device(), SessionTable.duration(s.rolledMs()), s.strokes(),
                    s.totalAlerts(), pain));
        }
        return out;
    }

    @Override
    public List<String> trend() throws IOException {
        List<SessionSummary> all = library().list(msg -> { }).stream().map(SessionLibrary.Entry::summary).toList();
        List<String> lines = new ArrayList<>(new SessionTrend(all).lines());
        String advice = new SessionTrend(all).doctorAdvice();
        if (advice != null) {
            lines.add("");
            lines.add(advice);
        }
        return lines;
    }

    /** Runs a command of this program; its failure line becomes the exception's message. */
    private void command(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        if (dataDir != null) {
            all.add("--data-dir");
            all.add(dataDir.toString());
        }
        StringWriter err = new StringWriter();
        PrintWriter both = new PrintWriter(new java.io.Writer() { // to the terminal and kept for the message
            private final PrintWriter terminal = new PrintWriter(System.err, true);

            @Override
            public void write(char[] c, int off, int len) {
                terminal.write(c, off, len);
                err.write(c, off, len);
            }

            @Override
            public void flush() {
                terminal.flush();
            }

            @Override
            public void close() {
                flush();
            }
        }, true);
        int code = commands.run(all.toArray(String[]::new), new PrintWriter(System.out, true), both);
        if (code != 0) {
            String first = err.toString().strip().split("\n")[0];
            throw new IOException(first.isEmpty() ? String.join(" ", args) + " failed (exit " + code + ")"
                    : first.replaceFirst("^rollsense: (error: )?", ""));
        }
    }
}
