package io.rollsense.ui;

import java.awt.Font;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JLabel;

/** The bottom line: device, connection, frame rate, bad lines, drops, recording, view state, keys. */
final class StatusLine extends JLabel {
    StatusLine() {
        setName("statusLine");
        setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        setForeground(ChartStyle.TEXT);
        setBorder(BorderFactory.createEmptyBorder(6, 14, 6, 14));
    }

    /**
     * @param recording "ON", "off" or "failed" (after a write failure)
     * @param sound     the sound state ("sound on", "sound off", "sound unavailable: no audio output")
     */
    void show(LiveState s, int otherDevices, double framesPerSecond, long badLines, String recording, boolean paused,
              long windowMs, String sound) {
        String device = s.hello() == null ? "no device yet"
                : s.hello().deviceId() + " (" + s.hello().kind().wireName() + ", " + s.hello().channelCount() + " taxels)";
        if (otherDevices > 0) {
            device += " + " + otherDevices + " more not shown";
        }
        String text = String.format(Locale.ROOT,
                "%s  ·  %s  ·  %.0f frames/s  ·  bad lines %d  ·  dropped %d  ·  recording %s  ·  window %s%s  ·  %s"
                        + "      [Space] pause  [T] tare  [+/−] window  [M] sound",
                device, s.connection(), framesPerSecond, badLines, s.droppedFrames(), recording,
                Wording.window(windowMs), paused ? "  ·  VIEW PAUSED" : "", sound);
        if (!text.equals(getText())) {
            setText(text);
        }
    }
}
