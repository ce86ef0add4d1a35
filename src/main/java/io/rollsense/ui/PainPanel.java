package io.rollsense.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * A calm row for the pain rating, 0 (none) to 10 (worst), kept with the recorded session. At the
 * start it asks for the pain before rolling and, once answered, shrinks to one line ("Pain before
 * rolling: 4" and a Change button). When the window is closed during a recorded session, the
 * window calls {@link #askAfter()}: the row asks for the pain now, with an optional note and a
 * "Skip and close" button; the pipeline keeps running meanwhile. Swing thread only.
 */
final class PainPanel extends JPanel {
    static final Color ASK_BG = new Color(0xE8, 0xF1, 0xFA);
    private static final Font BIG = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    private final JLabel prompt = new JLabel();
    private final JButton[] numbers = new JButton[11];
    private final JButton change = new JButton("Change");
    private final JTextField note = new JTextField(22);
    private final JLabel noteLabel = new JLabel("Note (optional):");
    private final JButton skip = new JButton("Skip and close");
    private final JPanel numbersRow = row();
    private final JPanel afterRow = row();
    private final IntConsumer onBefore;
    private final BiConsumer<Integer, String> onAfter;
    private Integer before;
    private boolean askingAfter;

    /**
     * @param onBefore called with the rating before the session (each time it is chosen)
     * @param onAfter  called once with the rating after the session ({@code null} when skipped) and
     *                 the note (may be blank)
     */
    PainPanel(IntConsumer onBefore, BiConsumer<Integer, String> onAfter) {
        super(new BorderLayout());
        this.onBefore = onBefore;
        this.onAfter = onAfter;
        setName("painPanel");
        setBackground(ChartStyle.BACKGROUND);
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, ChartStyle.GRID));
        prompt.setName("painPrompt");
        prompt.setFont(BIG.deriveFont(Font.PLAIN));
        prompt.setForeground(ChartStyle.TEXT);
        numbersRow.add(prompt);
        for (int i = 0; i <= 10; i++) {
            int pain = i;
            JButton b = new JButton(Integer.toString(i));
            b.setName("painButton." + i);
            b.setFont(BIG);
            b.setFocusable(false); // keys (Space, T, +/-) stay with the window
            b.addActionListener(e -> chosen(pain));
            numbers[i] = b;
            numbersRow.add(b);
        }
        for (JButton b : new JButton[] {change, skip}) {
            b.setFont(BIG.deriveFont(Font.PLAIN, 18f));
            b.setFocusable(false);
        }
        change.setName("painChange");
        change.addActionListener(e -> showNumbers(true));
        skip.setName("painSkip");
        skip.addActionListener(e -> finishAfter(null));
        note.setName("painNote");
        note.setFont(BIG.deriveFont(Font.PLAIN, 18f));
        noteLabel.setFont(note.getFont());
        numbersRow.add(change);
        afterRow.add(noteLabel);
        afterRow.add(note);
        afterRow.add(skip);
        add(numbersRow, BorderLayout.CENTER);
        add(afterRow, BorderLayout.SOUTH);
        showBefore();
    }

    private static JPanel row() {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.CENTER, 8, 6));
        p.setOpaque(false);
        return p;
    }

    private void showBefore() {
        prompt.setText(before == null ? "Pain before rolling?  0 none … 10 worst" : "Pain before rolling: " + before);
        showNumbers(before == null);
    }

    private void showNumbers(boolean visible) {
        for (JButton b : numbers) {
            b.setVisible(visible);
        }
        change.setVisible(!visible && !askingAfter);
        afterRow.setVisible(askingAfter);
        revalidate();
        repaint();
    }

    private void chosen(int pain) {
        if (askingAfter) {
            finishAfter(pain);
            return;
        }
        before = pain;
        onBefore.accept(pain);
        showBefore();
    }

    /** Asks for the pain after the session (the window is being closed). Idempotent. */
    void askAfter() {
        if (askingAfter) {
            return;
        }
        askingAfter = true;
        setBackground(ASK_BG);
        prompt.setText("Before you stop: pain now?  0 none … 10 worst");
        showNumbers(true);
    }

    /** Ends the after-question: skipped ({@code null}) or with a rating. */
    void finishAfter(Integer pain) {
        if (!askingAfter) {
            return;
        }
        askingAfter = false;
        onAfter.accept(pain, note.getText());
    }

    /** Whether the after-question is showing. */
    boolean askingAfter() {
        return askingAfter;
    }

    /** The rating before, or {@code null} when not given. */
    Integer before() {
        return before;
    }

    String promptText() {
        return prompt.getText();
    }
}
