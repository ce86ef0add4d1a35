package io.rollsense.cli;

import io.rollsense.testing.SwingWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.event.WindowEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * {@code rollsense demo} end to end: the real pipeline on the real-time simulator, the real live
 * window under Xvfb (asserting on component state, plus a screenshot), and the one-line fallback to
 * console output in a child JVM without a display.
 */
class DemoCommandIT {
    @Test
    void demoWindowGoesLiveAndShowsTheSpineAlert() throws Exception {
        io.rollsense.testing.Display.require("demo window test");
        System.setProperty("rollsense.config.dir", Path.of("target", "test-config", "demo-it").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.run(
                new String[] {"demo", "--scenario", "spine", "--duration", "120s"},
                new PrintWriter(out, true), new PrintWriter(err, true)));
        AtomicReference<JFrame> frame = new AtomicReference<>(awaitLiveWindow(err));
        JLabel status = find(frame.get(), "statusText", JLabel.class);
        assertTrue(until(() -> status.getText().contains("(roller, 8 taxels)  ·  connected"), 30),
                "went live: " + status.getText());
        JLabel banner = find(frame.get(), "alertBannerText", JLabel.class);
        assertTrue(until(() -> banner.getText().contains("SPINE"), 60), "spine alert shown: " + banner.getText());
        String bannerText = onEdt(banner::getText);
        assertTrue(bannerText.contains("× the 25 kPa limit"), bannerText);
        @SuppressWarnings("unchecked")
        JList<String> alerts = find(frame.get(), "alertList", JList.class);
        assertTrue(until(() -> alerts.getModel().getSize() > 0 && alerts.getModel().getElementAt(0).contains("Spine"), 10),
                "alert listed");
        screenshot(frame.get(), Path.of("target", "screenshots", "demo-spine-alert.png"));
        SwingUtilities.invokeLater(() -> frame.get().dispose());
        assertEquals(0, exit.get(30, TimeUnit.SECONDS), "closing the window ends the demo; stderr: " + err);
    }

    @Test
    void painRatingsFromTheWindowReachTheRecordedSession(@org.junit.jupiter.api.io.TempDir Path dataDir) throws Exception {
        io.rollsense.testing.Display.require("demo window test");
        System.setProperty("rollsense.config.dir", Path.of("target", "test-config", "demo-pain-it").toString());
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.run(
                new String[] {"demo", "--duration", "120s", "--data-dir", dataDir.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
        AtomicReference<JFrame> frame = new AtomicReference<>(awaitLiveWindow(err));
        JLabel status = find(frame.get(), "statusText", JLabel.class);
        assertTrue(until(() -> status.getText().contains("recording ON"), 30), status.getText());
        JLabel prompt = find(frame.get(), "painPrompt", JLabel.class);
        JButton four = find(frame.get(), "painButton.4", JButton.class);
        SwingUtilities.invokeAndWait(four::doClick);
        assertEquals("Pain before rolling: 4", onEdt(prompt::getText));
        assertTrue(until(() -> status.getText().contains("connected"), 30), "went live: " + status.getText());

        // Closing the window during the recorded session asks for the pain after (pipeline still running).
        SwingUtilities.invokeAndWait(() -> frame.get().dispatchEvent(new WindowEvent(frame.get(), WindowEvent.WINDOW_CLOSING)));
        assertTrue(onEdt(() -> frame.get().isShowing()), "the window stays open to ask");
        assertTrue(onEdt(prompt::getText).startsWith("Before you stop: pain now?"), onEdt(prompt::getText));
        assertTrue(until(() -> status.getText().contains("recording ON"), 5), "still recording: " + status.getText());
        javax.swing.JTextField note = find(frame.get(), "painNote", javax.swing.JTextField.class);
        SwingUtilities.invokeAndWait(() -> note.setText("left side tight"));
        screenshot(frame.get(), Path.of("target", "screenshots", "demo-pain-after.png"));
        JButton two = find(frame.get(), "painButton.2", JButton.class);
        SwingUtilities.invokeAndWait(two::doClick);
        assertEquals(0, exit.get(30, TimeUnit.SECONDS), "choosing closes the window and ends the demo; stderr: " + err);

        StringWriter json = new StringWriter();
        assertEquals(0, Main.run(new String[] {"sessions", "--json", "--data-dir", dataDir.toString()},
                new PrintWriter(json, true), new PrintWriter(err, true)), err.toString());
        List<String> rows = json.toString().lines().toList();
        assertEquals(1, rows.size(), json.toString());
        var row = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rows.get(0));
        assertEquals(4, row.path("painBefore").asInt(-1), rows.get(0));
        assertEquals(2, row.path("painAfter").asInt(-1), rows.get(0));
        Path file;
        try (var files = Files.list(dataDir)) {
            file = files.filter(f -> f.toString().endsWith(".rsession")).findFirst().orElseThrow();
        }
        assertEquals("left side tight", io.rollsense.session.SessionData.load(file, false).metadata().path("notes").asText());
    }

    @Test
    void withoutDisplayDemoSaysSoAndPrintsToTheConsole() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Path jar = Path.of("target", "rollsense.jar");
        if (Files.exists(jar)) {
            cmd.addAll(List.of("-jar", jar.toString()));
        } else {
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        cmd.addAll(List.of("demo", "--duration", "4s", "--status-every", "1"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "demo ends after --duration");
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).startsWith("No display available"), text);
        assertEquals(1, lines.stream().filter(l -> l.contains("display")).count(), "said once: " + text);
        assertTrue(lines.stream().anyMatch(l -> l.contains(" frames/s ")), "status lines: " + text);
        assertTrue(lines.get(lines.size() - 2).contains("stopped after 0:04"), text);
        assertTrue(lines.get(lines.size() - 1).matches("Session \\S+ recorded\\. Review it: rollsense review \\S+.*"), text);
    }

    @Test
    void badScenarioOrRateIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(Main.EXIT_USAGE, Main.run(new String[] {"demo", "--headless", "--scenario", "nosuch"},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true)));
        assertTrue(err.toString().contains("unknown scenario 'nosuch'"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(Main.EXIT_USAGE, Main.run(new String[] {"demo", "--headless", "--rate", "0"},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true)));
        assertTrue(err.toString().contains("--rate must be in 1..1000 Hz"), err.toString());
    }

    /** The demo's live window, once it shows (30 s at most). */
    private static JFrame awaitLiveWindow(StringWriter err) throws InterruptedException {
        AtomicReference<JFrame> frame = new AtomicReference<>();
        assertTrue(until(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof JFrame f && "liveWindow".equals(f.getName()) && f.isShowing()) {
                    frame.set(f);
                    return true;
                }
            }
            return false;
        }, 30), "live window opened; stderr: " + err);
        return frame.get();
    }

    private static boolean until(BooleanSupplier condition, long seconds) throws InterruptedException {
        return SwingWait.until(condition, seconds, TimeUnit.SECONDS);
    }

    private static <T> T onEdt(java.util.function.Supplier<T> s) throws Exception {
        return SwingWait.onEdt(s);
    }

    private static <T extends Component> T find(Container root, String name, Class<T> type) throws Exception {
        return SwingWait.find(root, name, type);
    }

    private static void screenshot(JFrame frame, Path png) throws Exception {
        SwingWait.screenshot(frame, png);
        assertTrue(Files.size(png) > 10_000, "screenshot written");
    }
}
