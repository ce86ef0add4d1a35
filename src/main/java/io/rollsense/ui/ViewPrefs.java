package io.rollsense.ui;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The live view's remembered settings (window bounds, window length, sound on/off, and the start
 * window's last device) in
 * {@code live-view.properties} in the user's config dir: {@code -Drollsense.config.dir}, else
 * {@code $XDG_CONFIG_HOME/rollsense}, else {@code ~/.config/rollsense}. A missing or unreadable
 * file gives the defaults; a failed save is ignored (preferences are a convenience).
 */
final class ViewPrefs {
    /** The window lengths + and - step through, in ms. */
    static final long[] WINDOWS_MS = {10_000, 20_000, 30_000, 60_000, 120_000, 300_000, 600_000};

    private final Path file;
    Rectangle bounds;
    long windowMs = 30_000;
    boolean muted;
    /** The device last connected from the start window ("serial PORT" or "mqtt BROKER DEVICE"), or null. */
    String lastDevice;

    private ViewPrefs(Path file) {
        this.file = file;
    }

    static Path configDir() {
        String prop = System.getProperty("rollsense.config.dir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "rollsense");
        }
        return Path.of(System.getProperty("user.home"), ".config", "rollsense");
    }

    static ViewPrefs load() {
        ViewPrefs p = new ViewPrefs(configDir().resolve("live-view.properties"));
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p.file)) {
            props.load(in);
            p.windowMs = snap(Long.parseLong(props.getProperty("window-ms", "30000")));
            p.muted = Boolean.parseBoolean(props.getProperty("muted", "false"));
            p.lastDevice = props.getProperty("last-device");
            String b = props.getProperty("bounds");
            if (b != null) {
                String[] v = b.split(",");
                Rectangle r = new Rectangle(Integer.parseInt(v[0].trim()), Integer.parseInt(v[1].trim()),
                        Integer.parseInt(v[2].trim()), Integer.parseInt(v[3].trim()));
                if (r.width >= 400 && r.height >= 300) {
                    p.bounds = r;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // defaults
        }
        return p;
    }

    void save() {
        Properties props = new Properties();
        props.setProperty("window-ms", Long.toString(windowMs));
        props.setProperty("muted", Boolean.toString(muted));
        if (lastDevice != null) {
            props.setProperty("last-device", lastDevice);
        }
        if (bounds != null) {
            props.setProperty("bounds", bounds.x + "," + bounds.y + "," + bounds.width + "," + bounds.height);
        }
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                props.store(out, "RollSense live view");
            }
        } catch (IOException ignored) {
            // read-only home: the view still works, it just forgets
        }
    }

    /** The allowed window length nearest to {@code ms}. */
    static long snap(long ms) {
        long best = WINDOWS_MS[0];
        for (long w : WINDOWS_MS) {
            if (Math.abs(w - ms) < Math.abs(best - ms)) {
                best = w;
            }
        }
        return best;
    }

    /** The next longer (+1) or shorter (-1) window length. */
    static long step(long ms, int direction) {
        int i = java.util.Arrays.binarySearch(WINDOWS_MS, snap(ms));
        return WINDOWS_MS[Math.max(0, Math.min(WINDOWS_MS.length - 1, i + direction))];
    }
}
