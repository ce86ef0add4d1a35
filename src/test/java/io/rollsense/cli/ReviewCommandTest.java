package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.session.SampleSessions;
import java.awt.AWTEvent;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.WindowEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rollsense review} opens the window and returns 0 when it is closed (real display). */
class ReviewCommandTest {
    @TempDir
    Path dir;

    @Test
    void reviewOpensAWindowAndReturnsWhenItIsClosed() throws Exception {
        Path f = SampleSessions.copy(dir, "r1", 0, false);
        StringWriter err = new StringWriter();
        if (GraphicsEnvironment.isHeadless()) {
            assertEquals(1, Main.run(new String[] {"review", f.toString()}, new PrintWriter(new StringWriter()),
                    new PrintWriter(err, true)));
            assertTrue(err.toString().contains("review needs a display"), err.toString());
            return;
        }
        CountDownLatch opened = new CountDownLatch(1);
        AtomicReference<Window> window = new AtomicReference<>();
        Toolkit.getDefaultToolkit().addAWTEventListener(e -> {
            if (e.getID() == WindowEvent.WINDOW_OPENED && e.getSource() instanceof JFrame fr
                    && fr.getTitle().startsWith("RollSense review — r1")) {
                window.set(fr);
                opened.countDown();
            }
        }, AWTEvent.WINDOW_EVENT_MASK);
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> Main.run(
                new String[] {"review", "r1", "--data-dir", dir.toString(), "--speed", "4"},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true)));
        assertTrue(opened.await(30, TimeUnit.SECONDS), "review window opened; " + err);
        SwingUtilities.invokeAndWait(() -> window.get().dispose());
        assertEquals(0, code.get(30, TimeUnit.SECONDS), err.toString());
        assertEquals(2, Main.run(new String[] {"review", "r1", "--data-dir", dir.toString(), "--speed", "11"},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true)), "speed out of range is a usage error");
    }
}
