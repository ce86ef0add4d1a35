package io.rollsense.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/** Test helpers: wait for a condition checked on the Swing thread (latch, no sleeps), screenshots. */
final class SwingWait {
    private SwingWait() {
    }

    /** Waits until {@code condition} (evaluated on the Swing thread every 20 ms) holds. */
    static boolean until(BooleanSupplier condition, long timeout, TimeUnit unit) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Timer t = new Timer(20, null);
        t.addActionListener(e -> {
            if (condition.getAsBoolean()) {
                t.stop();
                latch.countDown();
            }
        });
        SwingUtilities.invokeLater(t::start);
        boolean ok = latch.await(timeout, unit);
        SwingUtilities.invokeLater(t::stop);
        return ok;
    }

    /** Evaluates on the Swing thread. */
    static <T> T onEdt(Supplier<T> s) throws Exception {
        AtomicReference<T> r = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> r.set(s.get()));
        return r.get();
    }

    /** Paints the frame's contents into a PNG. */
    static Path screenshot(JFrame frame, Path png) throws Exception {
        BufferedImage img = onEdt(() -> {
            var root = frame.getRootPane();
            BufferedImage b = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = b.createGraphics();
            root.paint(g);
            g.dispose();
            return b;
        });
        Files.createDirectories(png.toAbsolutePath().getParent());
        if (!ImageIO.write(img, "png", png.toFile())) {
            throw new IOException("no PNG writer for " + png);
        }
        return png;
    }
}
