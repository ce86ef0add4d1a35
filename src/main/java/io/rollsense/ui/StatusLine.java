package io.rollsense.ui;

import java.awt.Font;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JLabel;

/** The bottom line: device, connection, frame rate, bad lines, drops, recording, view state, keys. */
final class StatusLine extends JLabel {
    /** How long the status line says "a burst" after one, ms. */
    static final long BURST_SHOWN_MS = 10_000;

    StatusLine() {
        setName("statusLine");
        setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        setForeground(ChartStyle.TEXT);
        setBorder(BorderFactory.createEmptyBorder(6, 14, 6, 14));
    }

    /** @param recording "ON", "off" or "failed" (after a write failure) */
    void show(LiveState s, int otherDevices, double framesPerSecond, long badLines, String recording, boolean paused,
              long windowMs, boolean muted) {
        String device = s.hello() == null ? "no device yet"
                : s.hello().deviceId() + " (" + s.hello().kind().wireName() + ", " + s.hello().channelCount() + " taxels)";
        if (otherDevices > 0) {
            device += " + " + otherDevices + " more not shown";
        }
        boolean burst = System.currentTimeMillis() - s.burstHostMs() < BURST_SHOWN_MS;
        String text = String.format(Locale.ROOT,
                "%s  ·  %s  ·  %.0f frames/s  ·  bad lines %d  ·  dropped %d%s  ·  recording %s  ·  window %s%s%s"
                        + "      [Space] pause  [T] tare  [+/−] window  [M] sound",
                device, s.connection(), framesPerSecond, badLines, s.droppedFrames(),
                burst ? " (a burst: lost upstream, see docs/limits.md)" : "", recording,
                Wording.window(windowMs), paused ? "  ·  VIEW PAUSED" : "", muted ? "  ·  sound off" : "");
        if (!text.equals(getText())) {
            setText(text);
        }
    }
}
