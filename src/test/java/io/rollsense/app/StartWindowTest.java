package io.rollsense.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.cli.Main;
import io.rollsense.testing.SwingWait;
import io.rollsense.ui.StartWindow;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rollsense} without a command: the start window under Xvfb with a real library and the real
 * commands behind its buttons; and the help instead when there is no display.
 */
class StartWindowTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsDisplay() {
        io.rollsense.testing.Display.require("start window test");
    }

    @Test
    void listsSessionsRemembersTheLastDeviceAndRunsTheCommands() throws Exception {
        Path library = Files.createDirectories(dir.resolve("sessions"));
        io.rollsense.cli.SessionsCommandTest.sample(library, "20261120-0900", 0, false);
        io.rollsense.cli.SessionsCommandTest.sample(library, "20261121-0900", 1, false);
        Path config = Files.createDirectories(dir.resolve("config"));
        Path missingPort = dir.resolve("ttyGONE");
        Files.writeString(config.resolve("live-view.properties"), "last-device=serial " + missingPort + "\n");
        System.setProperty("rollsense.config.dir", config.toString());

        StartWindow w = SwingWait.onEdt(() -> StartWindow.open(new StartCommands(library, Main::run)));
        JTable table = SwingWait.find(w.frame(), "sessionTable", JTable.class);
        assertTrue(SwingWait.until(() -> table.getRowCount() == 2, 10, TimeUnit.SECONDS), "both sessions listed");
        assertEquals("20261121-0900", SwingWait.onEdt(() -> table.getValueAt(0, 0)), "newest first");
        JLabel last = SwingWait.find(w.frame(), "lastDevice", JLabel.class);
        assertEquals("Last time: serial port " + missingPort, SwingWait.onEdt(last::getText));
        assertTrue(SwingWait.onEdt(() -> !named(w.frame(), "routine").isEmpty()), "built-in routines: a routine button");
        SwingWait.screenshot(w.frame(), Path.of("target", "screenshots", "start-window.png"));

        // Connect again runs `live --serial <last port>`: the port is gone, said in one line
        JButton again = SwingWait.find(w.frame(), "connectAgain", JButton.class);
        SwingWait.onEdt(() -> {
            again.doClick();
            return null;
        });
        JLabel status = SwingWait.find(w.frame(), "startStatus", JLabel.class);
        assertTrue(SwingWait.until(() -> status.getText().equals("Could not do that: serial port " + missingPort
                + " does not exist"), 20, TimeUnit.SECONDS), status::getText);
        assertTrue(SwingWait.onEdt(again::isEnabled), "buttons enabled again");

        // A guided routine runs on the last device: `live --serial <last port> --routine NAME`, same one line
        JButton routine = SwingWait.find(w.frame(), "routine", JButton.class);
        SwingWait.onEdt(() -> {
            status.setText("");
            routine.doClick();
            return null;
        });
        assertTrue(SwingWait.until(() -> status.getText().equals("Could not do that: serial port " + missingPort
                + " does not exist"), 20, TimeUnit.SECONDS), status::getText);

        // Trend: minutes rolled, alerts and pain across the sessions, in a dialog
        JButton trend = SwingWait.find(w.frame(), "trend", JButton.class);
        javax.swing.SwingUtilities.invokeLater(trend::doClick);
        assertTrue(SwingWait.until(() -> dialog() != null, 10, TimeUnit.SECONDS), "trend dialog shown");
        JDialog d = SwingWait.onEdt(StartWindowTest::dialog);
        JTextArea text = SwingWait.find(d, "trendText", JTextArea.class);
        String trendText = SwingWait.onEdt(text::getText);
        assertTrue(trendText.contains("minutes"), trendText);
        SwingWait.onEdt(() -> {
            d.dispose();
            w.frame().dispose();
            return null;
        });
        assertTrue(w.closedLatch().await(10, TimeUnit.SECONDS));
    }

    @Test
    void withoutADisplayNoCommandPrintsTheHelp() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "io.rollsense.cli.Main")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("Usage: rollsense"), out);
    }

    private static JDialog dialog() {
        for (Window win : Window.getWindows()) {
            if (win instanceof JDialog d && d.isShowing()) {
                return d;
            }
        }
        return null;
    }

    private static List<Component> named(Container c, String name) {
        List<Component> found = new ArrayList<>();
        for (Component k : c.getComponents()) {
            if (name.equals(k.getName())) {
                found.add(k);
            }
            if (k instanceof Container kc) {
                found.addAll(named(kc, name));
            }
        }
        return found;
    }
}
