package io.rollsense.ui;

import java.awt.GraphicsConfiguration;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;

/**
 * Places a window within the usable area of the screen it is on (screen bounds less task bars and
 * panels), so nothing is cut on a 1280×720 or 1366×768 laptop: a remembered or preferred size larger
 * than the screen shrinks to it, a position off screen moves onto it. Swing thread only.
 */
final class WindowFit {
    private WindowFit() {
    }

    /**
     * The bounds to use: {@code remembered} (may be null) or else {@code preferredWidth} ×
     * {@code preferredHeight} centred, shrunk and moved to lie within {@code usable}.
     */
    static Rectangle fit(Rectangle remembered, int preferredWidth, int preferredHeight, Rectangle usable) {
        Rectangle r = remembered != null ? new Rectangle(remembered)
                : new Rectangle(usable.x + (usable.width - preferredWidth) / 2,
                        usable.y + (usable.height - preferredHeight) / 2, preferredWidth, preferredHeight);
        r.width = Math.min(r.width, usable.width);
        r.height = Math.min(r.height, usable.height);
        r.x = Math.max(usable.x, Math.min(r.x, usable.x + usable.width - r.width));
        r.y = Math.max(usable.y, Math.min(r.y, usable.y + usable.height - r.height));
        return r;
    }

    /** The usable area of the screen {@code w} is on (or the default screen before it is shown). */
    static Rectangle usable(Window w) {
        GraphicsConfiguration gc = w.getGraphicsConfiguration();
        if (gc == null) {
            gc = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration();
        }
        Rectangle b = gc.getBounds();
        Insets in = Toolkit.getDefaultToolkit().getScreenInsets(gc);
        return new Rectangle(b.x + in.left, b.y + in.top, b.width - in.left - in.right, b.height - in.top - in.bottom);
    }

    /** Sets {@code w}'s bounds: the remembered ones or the preferred size, fitted to its screen. */
    static void apply(Window w, Rectangle remembered, int preferredWidth, int preferredHeight) {
        w.setBounds(fit(remembered, preferredWidth, preferredHeight, usable(w)));
    }

    /** Brings {@code w} to the front with the keyboard focus, so its keys work without a click. */
    static void focus(Window w) {
        w.toFront();
        w.requestFocus();
    }
}
