package io.rollsense.ui;

import io.rollsense.routine.RoutineControl;
import io.rollsense.routine.RoutineEvent;
import io.rollsense.routine.RoutineStatus;
import io.rollsense.routine.RoutineStep;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.Timer;

/**
 * The guided routine's step, under the live window's banner: which step (of how many), what to do
 * and where, time left, progress through the routine, the step's own targets with a pace and
 * pressure cue against them, and the last step's verdict. A step change turns the panel blue for
 * {@value #FLASH_MS} ms with "NEW STEP"; a rest is grey. Keys: N skips the step (or rest), B pauses
 * or resumes the routine (a break). Built and used on the Swing thread; routine events arrive on
 * the analyzer thread into a queue that a 5 Hz Swing timer drains.
 */
final class StepPanel extends JPanel {
    static final int FLASH_MS = 2500;
    private static final Color STEP_BG = new Color(0xEEF5EC);
    private static final Color FLASH_BG = new Color(0xCFE3FF);
    private static final Color REST_BG = new Color(0xECECEC);
    private final RoutineControl coach;
    private final ConcurrentLinkedQueue<RoutineEvent> events = new ConcurrentLinkedQueue<>();
    private final JLabel title = label(30, Font.BOLD);
    private final JLabel timeLeft = label(40, Font.BOLD);
    private final JLabel instruction = label(19, Font.PLAIN);
    private final JLabel targets = label(18, Font.PLAIN);
    private final JLabel verdict = label(18, Font.ITALIC);
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final Timer timer;
    private long flashUntilMs;
    private String lastVerdict = "Keys: N skips a step, B pauses the routine. Stopping keeps what was done.";

    StepPanel(RoutineControl coach) {
        super(new BorderLayout(16, 4));
        this.coach = coach;
        setName("stepPanel");
        title.setName("stepTitle");
        timeLeft.setName("stepTimeLeft");
        verdict.setName("stepVerdict");
        setBorder(BorderFactory.createEmptyBorder(8, 16, 8, 16));
        JPanel text = new JPanel(new GridLayout(0, 1, 0, 2));
        text.setOpaque(false);
        text.add(title);
        text.add(instruction);
        text.add(targets);
        text.add(verdict);
        JPanel east = new JPanel(new BorderLayout());
        east.setOpaque(false);
        east.add(timeLeft, BorderLayout.CENTER);
        progress.setStringPainted(true);
        progress.setPreferredSize(new Dimension(300, 26));
        east.add(progress, BorderLayout.SOUTH);
        add(text, BorderLayout.CENTER);
        add(east, BorderLayout.EAST);
        coach.addListener(events::add);
        timer = new Timer(200, e -> tick());
        timer.start();
        tick();
    }

    /** N skips the step or rest, B pauses or resumes the routine. */
    void bindKeys(JComponent root) {
        KeyBindings.bind(root, "routineSkip", coach::skip, KeyEvent.VK_N);
        KeyBindings.bind(root, "routinePause", coach::togglePause, KeyEvent.VK_B);
    }

    void stop() {
        timer.stop();
    }

    /** One update from the coach's status and events (Swing thread). */
    void tick() {
        long now = System.currentTimeMillis();
        for (RoutineEvent e; (e = events.poll()) != null; ) {
            if (e instanceof RoutineEvent.StepStarted) {
                flashUntilMs = now + FLASH_MS;
            } else if (e instanceof RoutineEvent.StepEnded s) {
                lastVerdict = "Step " + (s.index() + 1) + ": " + s.verdict().text();
            } else if (e instanceof RoutineEvent.Finished f) {
                lastVerdict = f.result().text();
            }
        }
        RoutineStatus st = coach.status();
        RoutineStep step = st.step();
        int n = st.routine().steps().size();
        progress.setValue((int) Math.round(st.progress() * 1000));
        progress.setString(String.format(Locale.ROOT, "routine %d %%", Math.round(st.progress() * 100)));
        verdict.setText(lastVerdict);
        switch (st.phase()) {
            case WAITING -> {
                title.setText("Routine: " + st.routine().name() + " · waiting for the device");
                timeLeft.setText(io.rollsense.sink.RoutineConsole.clock(Math.round(st.routine().plannedSeconds() * 1000)));
                setBackground(STEP_BG);
            }
            case STEP -> {
                boolean flash = now < flashUntilMs;
                title.setText((flash ? "NEW STEP · " : "") + "Step " + (st.index() + 1) + " of " + n + " · " + step.title()
                        + (st.paused() ? " · PAUSED (B resumes)" : ""));
                timeLeft.setText(step.strokes() != null ? Math.max(0, step.strokes() - st.strokes()) + " strokes left"
                        : io.rollsense.sink.RoutineConsole.clock(st.remainingMs()) + " left");
                setBackground(flash ? FLASH_BG : STEP_BG);
            }
            case REST -> {
                title.setText("Rest · next: step " + (st.index() + 1) + " of " + n + ", " + step.title());
                timeLeft.setText(io.rollsense.sink.RoutineConsole.clock(st.remainingMs()) + " rest");
                setBackground(REST_BG);
            }
            case FINISHED -> {
                title.setText("Routine done: " + st.routine().name());
                timeLeft.setText("done");
                setBackground(STEP_BG);
            }
        }
        instruction.setText("<html>" + escape(step.whereText()) + ": " + escape(step.instruction()) + "</html>");
        targets.setText(targetsText(step));
    }

    private String targetsText(RoutineStep step) {
        StringBuilder sb = new StringBuilder("Pace ").append(step.cadence().text());
        Double spm = coach.lastSpm();
        sb.append(spm == null ? " (not rolling)" : spm > step.cadence().maxSpm() ? " (now " + Math.round(spm) + ": roll slower)"
                : spm < step.cadence().minSpm() ? " (now " + Math.round(spm) + ": a little faster)" : " (now " + Math.round(spm) + ": good)");
        double over = coach.overpressureKpa();
        if (!Double.isNaN(over)) {
            double lo = step.pressure().lowKpa(over);
            double hi = step.pressure().highKpa(over);
            double peak = coach.recentPeakKpa();
            sb.append(String.format(Locale.ROOT, " · pressure %.0f–%.0f kPa", lo, hi))
                    .append(peak > hi ? " (press lighter)" : peak < lo ? " (a little more)" : " (good)");
        }
        return sb.append(" · never on the spine").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static JLabel label(int size, int style) {
        JLabel l = new JLabel(" ");
        l.setFont(new Font(Font.SANS_SERIF, style, size));
        l.setForeground(ChartStyle.TEXT);
        return l;
    }
}
