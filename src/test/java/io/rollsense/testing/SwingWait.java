package io.rollsense.testing;

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
public final class SwingWait {
    private SwingWait() {
    }

    /** Waits until {@code condition} (evaluated on the Swing thread every 20 ms) holds. */
    public static boolean until(BooleanSupplier condition, long timeout, TimeUnit unit) throws InterruptedException {
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
    public static <T> T onEdt(Supplier<T> s) throws Exception {
        AtomicReference<T> r = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> r.set(s.get()));
        return r.get();
    }

    /** Paints the frame's contents into a PNG. */
    public static Path screenshot(JFrame frame, Path png) throws Exception {
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

    /** The component named {@code name} of {@code type} under {@code root} (searched on the Swing thread). */
    public static <T extends java.awt.Component> T find(java.awt.Container root, String name, Class<T> type) throws Exception {
        T found = onEdt(() -> search(root, name, type));
        if (found == null) {
            throw new AssertionError("no component named " + name);
        }
        return found;
    }

    /**
     * The component named {@code name}, waiting up to {@code seconds} for it to be added (a panel
     * that a command adds after its window is already showing).
     */
    public static <T extends java.awt.Component> T await(java.awt.Container root, String name, Class<T> type,
                                                         long seconds) throws Exception {
        java.util.concurrent.atomic.AtomicReference<T> found = new java.util.concurrent.atomic.AtomicReference<>();
        until(() -> { // until() checks on the Swing thread
            found.set(search(root, name, type));
            return found.get() != null;
        }, seconds, TimeUnit.SECONDS);
        return found.get() != null ? found.get() : find(root, name, type);
    }

    private static <T extends java.awt.Component> T search(java.awt.Container c, String name, Class<T> type) {
        for (java.awt.Component child : c.getComponents()) {
            if (name.equals(child.getName()) && type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof java.awt.Container k) {
                T t = search(k, name, type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
