package io.rollsense.ui;

import io.rollsense.sink.Wording;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The bottom two rows, legible from the floor: device, connection, frame rate, bad lines, drops,
 * recording and tare on the first; the keys (with what each does now: pause or resume, sound on or
 * off) and an Undo tare button on the second. Short enough for a 1280 px wide window. Swing thread only.
 */
final class StatusLine extends JPanel {
    /** How long the status line says "a burst" after one, ms. */
    static final long BURST_SHOWN_MS = 10_000;

    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    private final JLabel state = new JLabel(" ");
    private final JLabel keys = new JLabel(" ");
    private final JButton undo = new JButton("Undo tare");
    private String tare = "not tared";

    StatusLine() {
        super(new GridLayout(2, 1));
        setName("statusLine");
        setBackground(ChartStyle.BACKGROUND);
        state.setName("statusText");
        keys.setName("keyHints");
        for (JLabel l : new JLabel[] {state, keys}) {
            l.setFont(FONT);
            l.setForeground(ChartStyle.TEXT);
        }
        keys.setFont(FONT.deriveFont(Font.BOLD));
        undo.setName("undoTare");
        undo.setFont(FONT);
        undo.setFocusable(false); // keys stay with the window
        undo.setVisible(false);
        JPanel second = new JPanel(new BorderLayout());
        second.setOpaque(false);
        second.add(keys, BorderLayout.CENTER);
        second.add(undo, BorderLayout.EAST);
        add(state);
        add(second);
        setBorder(BorderFactory.createEmptyBorder(4, 14, 6, 14));
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
                "%s  ·  %s  ·  %.0f frames/s  ·  bad lines %d  ·  dropped %d%s  ·  recording %s  ·  %s",
                device, s.connection(), framesPerSecond, badLines, s.droppedFrames(),
                System.currentTimeMillis() - s.burstHostMs() < BURST_SHOWN_MS
                        ? " (a burst: lost upstream, see docs/limits.md)" : "", recording, tare);
        set(state, text);
        set(keys, String.format(Locale.ROOT, "[Space] %s   [T] tare   [U] undo tare   [+/−] window %s   [M] %s",
                paused ? "resume (VIEW PAUSED)" : "pause", Wording.window(windowMs), sound));
    }

    /** The tare word ("tared 14:02") and whether Undo is offered; {@code onUndo} runs when it is clicked. */
    void tare(String word, boolean undoable, Runnable onUndo) {
        tare = word;
        if (undo.getActionListeners().length == 0) {
            undo.addActionListener(e -> onUndo.run());
        }
        if (undo.isVisible() != undoable) {
            undo.setVisible(undoable);
        }
    }

    /** Both rows' text, for tests and the console. */
    String getText() {
        return state.getText() + "  " + keys.getText();
    }

    private static void set(JLabel l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
    }
}
