package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.routine.Issue;
import io.rollsense.routine.Routine;
import io.rollsense.routine.RoutineJson;
import io.rollsense.routine.RoutineLibrary;
import io.rollsense.routine.RoutineResult;
import io.rollsense.session.SessionData;
import io.rollsense.session.SessionSummary;
import io.rollsense.sim.RoutinePerson;
import io.rollsense.sim.Simulator;
import io.rollsense.source.LineGenerator;
import io.rollsense.testing.PtyDeviceWriter;
import io.rollsense.testing.SocatPair;
import io.rollsense.testing.SwingWait;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guided routines end to end: the headless demo with a simulated person (verdicts recorded in the
 * session and in its summary), the live window's step panel under Xvfb (skip with N, screenshot),
 * and {@code live --routine} from a real serial pty (socat) with a routine file from the user's folder.
 */
class RoutineRunIT {
    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("rollsense.config.dir");
    }

    /** Writes a user routine file and points the routine library at it; returns the routine. */
    private Routine userRoutine(String yaml) throws Exception {
        Path routines = Files.createDirectories(dir.resolve("cfg").resolve("routines"));
        Files.writeString(routines.resolve("quick.yaml"), yaml);
        System.setProperty("rollsense.config.dir", dir.resolve("cfg").toString());
        return RoutineLibrary.load().find(yaml.lines().filter(l -> l.startsWith("name: ")).findFirst().orElseThrow().substring(6));
    }

    private static Path onlySession(Path dataDir) throws Exception {
        try (Stream<Path> s = Files.list(dataDir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".rsession")).toList();
            assertEquals(1, files.size(), files.toString());
            return files.get(0);
        }
    }

    @Test
    void headlessDemoJudgesThePersonAndRecordsTheVerdicts() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path data = dir.resolve("data");
        int code = Main.run(new String[] {"demo", "--routine", "try it out", "--headless", "--speed", "25",
            "--person", "skip@1", "--data-dir", data.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        String text = out.toString();
        assertTrue(text.contains("STEP 1: Slow rolling, both sides"), text);
        assertTrue(text.contains("step 1 skipped: skipped"), text);
        assertTrue(text.contains("STEP 2: Six slow strokes"), text);
        assertTrue(text.contains("Routine finished: 1 of 2 steps done"), text);

        SessionData session = SessionData.load(onlySession(data), false);
        List<String> types = session.routineRecords().stream().map(r -> r.path("type").asText()).toList();
        assertEquals(List.of("routine_started", "step_ended", "step_ended", "routine_finished"), types);
        RoutineResult result = RoutineJson.readResult(session.routineRecords().get(3));
        assertEquals(List.of(Issue.SKIPPED), result.steps().get(0).issues());
        assertTrue(result.steps().get(1).good(), result.steps().get(1).text());
        SessionSummary.RoutineDone done = session.summary().routine();
        assertEquals("try it out", done.name());
        assertEquals(1, done.stepsDone());
        assertEquals(2, done.stepsPlanned());
    }

    @Test
    void windowShowsTheStepAndNSkipsIt() throws Exception {
        io.rollsense.testing.Display.require("routine window test");
        System.setProperty("rollsense.config.dir", dir.resolve("cfg").toString());
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.run(
                new String[] {"demo", "--routine", "foam roller, mid-back to hips", "--person", "good", "--speed", "5",
                    "--no-record"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
        AtomicReference<JFrame> frame = new AtomicReference<>();
        assertTrue(SwingWait.until(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof JFrame f && "liveWindow".equals(f.getName()) && f.isShowing()) {
                    frame.set(f);
                    return true;
                }
            }
            return false;
        }, 30, TimeUnit.SECONDS), "live window; stderr: " + err);
        JLabel title = SwingWait.await(frame.get(), "stepTitle", JLabel.class, 30); // added once the window shows
        assertTrue(SwingWait.until(() -> title.getText().contains("Step 1 of 5 · Mid-back, both sides"), 30, TimeUnit.SECONDS),
                title.getText());
        JLabel left = SwingWait.find(frame.get(), "stepTimeLeft", JLabel.class);
        assertTrue(SwingWait.until(() -> left.getText().endsWith(" left"), 5, TimeUnit.SECONDS), left.getText());
        SwingUtilities.invokeAndWait(() -> press(frame.get(), KeyEvent.VK_N));
        JLabel verdict = SwingWait.find(frame.get(), "stepVerdict", JLabel.class);
        assertTrue(SwingWait.until(() -> verdict.getText().startsWith("Step 1: skipped"), 10, TimeUnit.SECONDS), verdict.getText());
        assertTrue(SwingWait.until(() -> title.getText().startsWith("Rest · next: step 2 of 5"), 10, TimeUnit.SECONDS),
                title.getText());
        SwingWait.screenshot(frame.get(), Path.of("target", "screenshots", "routine-step-panel.png"));
        SwingUtilities.invokeLater(() -> frame.get().dispose());
        assertEquals(0, exit.get(30, TimeUnit.SECONDS), err.toString());
    }

    private static void press(JFrame f, int key) {
        var root = f.getRootPane();
        root.dispatchEvent(new KeyEvent(root, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), 0, key, KeyEvent.CHAR_UNDEFINED));
        root.dispatchEvent(new KeyEvent(root, KeyEvent.KEY_RELEASED, System.currentTimeMillis(), 0, key, KeyEvent.CHAR_UNDEFINED));
    }

    @Test
    void liveRoutineOverASerialPty() throws Exception {
        Routine routine = userRoutine("""
                format: 1
                name: quick check
                device: roller
                steps:
                  - {title: Both sides, area: mid-back, seconds: 12, rest-seconds: 2, instruction: Roll slowly.}
                  - {title: Left side, area: mid-back, side: left, seconds: 12, instruction: Lean left and roll.}
                """);
        RoutinePerson person = RoutinePerson.good(routine);
        Simulator sim = Simulator.builder().script(person.script()).kind(DeviceKind.ROLLER).unit(PressureUnit.KPA)
                .durationSeconds(120).keepTruth(false).build();
        LineGenerator lines = io.rollsense.source.SimulatorSource.lines(sim);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path data = dir.resolve("data");
        int code;
        try (SocatPair pty = new SocatPair(dir);
             PtyDeviceWriter w = new PtyDeviceWriter(pty.deviceEnd(), lines, io.rollsense.protocol.HelloCodec.encode(sim.hello()), 1)) {
            code = Main.run(new String[] {"live", "--serial", pty.hostEnd().toString(), "--headless", "--routine", "quick check",
                "--duration", "90s", "--data-dir", data.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        }
        assertEquals(0, code, err.toString());
        String text = out.toString();
        assertTrue(text.contains("STEP 1: Both sides") && text.contains("STEP 2: Left side"), text);
        assertTrue(text.contains("Routine finished: 2 of 2 steps done"), text);
        SessionData session = SessionData.load(onlySession(data), false);
        JsonNode last = session.routineRecords().get(session.routineRecords().size() - 1);
        assertEquals("routine_finished", last.path("type").asText());
        assertEquals(2, RoutineJson.readResult(last).steps().size());
    }

    @Test
    void liveRoutineOverMqtt() throws Exception {
        Routine routine = userRoutine("""
                format: 1
                name: quick mqtt
                steps:
                  - {title: Both sides, area: mid-back, seconds: 10, rest-seconds: 2, instruction: Roll slowly.}
                  - {title: Right side, area: mid-back, side: right, seconds: 10, instruction: Lean right and roll.}
                """);
        RoutinePerson person = RoutinePerson.good(routine);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        StringWriter simErr = new StringWriter();
        int[] simCode = {-1};
        Path data = dir.resolve("data");
        try (io.rollsense.testing.Mosquitto broker = new io.rollsense.testing.Mosquitto(dir)) {
            Thread sim = new Thread(() -> simCode[0] = Main.run(new String[] {"simulate", "--mqtt", broker.uri(), "--device",
                "roller-q", "--scenario", person.script().text(), "--seconds", "60"},
                    new PrintWriter(new StringWriter(), true), new PrintWriter(simErr, true)));
            sim.setDaemon(true);
            sim.start();
            int code = Main.run(new String[] {"live", "--mqtt", broker.uri(), "--device", "roller-q", "--headless",
                "--routine", "quick mqtt", "--duration", "60s", "--data-dir", data.toString()},
                    new PrintWriter(out, true), new PrintWriter(err, true));
            assertEquals(0, code, err.toString());
        }
        String text = out.toString();
        assertTrue(text.contains("STEP 2: Right side") && text.contains("Routine finished: 2 of 2 steps done"), text);
        SessionData session = SessionData.load(onlySession(data), false);
        RoutineResult r = RoutineJson.readResult(session.routineRecords().get(session.routineRecords().size() - 1));
        assertEquals(List.of("Both sides", "Right side"), r.steps().stream().map(v -> v.title()).toList());
        assertEquals("quick mqtt", session.summary().routine().name());
    }
}
