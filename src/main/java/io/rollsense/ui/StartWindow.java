package io.rollsense.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * The window {@code rollsense} opens without arguments: the place to begin. Left, how to start
 * ({@link StartConnectPanel}: the demo, a serial device found by its hello, an MQTT device, a guided
 * routine when there are any); right, the recorded sessions ({@link StartSessionsPanel}: review,
 * report, trend). Actions run one at a time on a worker thread ({@code start-actions}) so the window
 * stays responsive while a live session or a review window is open; the one-line status at the
 * bottom says what is running and any error. Built and used on the Swing thread.
 */
public final class StartWindow {
    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private final StartActions actions;
    private final JFrame frame = new JFrame("RollSense");
    private final JLabel status = new JLabel(" ");
    private final List<JButton> actionButtons = new ArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "start-actions");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch closed = new CountDownLatch(1);
    private final ViewPrefs prefs = ViewPrefs.load();
    private final StartConnectPanel connect;
    private final StartSessionsPanel sessions;

    private StartWindow(StartActions actions) {
        this.actions = actions;
        this.connect = new StartConnectPanel(this, actions, prefs);
        this.sessions = new StartSessionsPanel(this, actions);
        frame.setName("startWindow");
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        JPanel root = new JPanel(new BorderLayout(16, 8));
        root.setBackground(ChartStyle.BACKGROUND);
        root.setBorder(BorderFactory.createEmptyBorder(16, 20, 12, 20));
        JLabel title = new JLabel("<html><span style='font-size:26pt'><b>RollSense</b></span>"
                + "<span style='font-size:16pt'>&nbsp;&nbsp;your self-massage coach</span><br>"
                + "<span style='font-size:14pt'>Gentle pressure, never directly on the spine. "
                + "If back pain lasts, see a doctor.</span></html>");
        title.setForeground(ChartStyle.TEXT);
        root.add(title, BorderLayout.NORTH);
        JPanel centre = new JPanel(new BorderLayout(24, 0));
        centre.setOpaque(false);
        connect.setPreferredSize(new java.awt.Dimension(500, 400));
        centre.add(connect, BorderLayout.WEST);
        centre.add(sessions, BorderLayout.CENTER);
        root.add(centre, BorderLayout.CENTER);
        status.setName("startStatus");
        status.setFont(FONT);
        status.setForeground(ChartStyle.TEXT);
        root.add(status, BorderLayout.SOUTH);
        frame.setContentPane(root);
        WindowFit.apply(frame, null, 1200, 760);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                worker.shutdownNow();
                closed.countDown();
            }
        });
    }

    /** Opens the start window (call on the Swing thread); {@link #closedLatch()} counts down when it is closed. */
    public static StartWindow open(StartActions actions) {
        StartWindow w = new StartWindow(actions);
        w.frame.setVisible(true);
        WindowFit.focus(w.frame);
        w.sessions.refresh();
        return w;
    }

    /** Counts down when the window has been closed. */
    public CountDownLatch closedLatch() {
        return closed;
    }

    /** The window (tests). */
    public JFrame frame() {
        return frame;
    }

    /** A large button whose action runs through {@link #run}; disabled while another action runs. */
    JButton button(String text, String name, Runnable onClick) {
        JButton b = new JButton(text);
        b.setName(name);
        b.setFont(FONT);
        b.addActionListener(e -> onClick.run());
        actionButtons.add(b);
        return b;
    }

    /** A section heading. */
    static JLabel heading(String text) {
        JLabel l = new JLabel(text);
        l.setFont(HEADING);
        l.setForeground(ChartStyle.TEXT);
        l.setAlignmentX(JComponent.LEFT_ALIGNMENT);
        return l;
    }

    /** A blocking action, run on the worker thread; returns what to say when it is done, or null. */
    interface Action {
        String run() throws Exception;
    }

    /**
     * Runs {@code action} on the worker thread: buttons are disabled meanwhile, the status line says
     * {@code doing}, then what the action returned, else {@code done} (or the error in one line); the
     * session list is refreshed after.
     */
    void run(String doing, String done, Action action) {
        setBusy(true, doing);
        worker.execute(() -> {
            String result;
            try {
                String said = action.run();
                result = said != null ? said : done;
            } catch (Exception | Error e) {
                result = "Could not do that: " + (e.getMessage() == null ? e.toString() : e.getMessage());
            }
            String shown = result;
            SwingUtilities.invokeLater(() -> {
                setBusy(false, shown);
                sessions.refresh();
            });
        });
    }

    /** Says something in the status line (Swing thread). */
    void say(String text) {
        status.setText(text == null || text.isEmpty() ? " " : text);
    }

    private void setBusy(boolean busy, String text) {
        actionButtons.forEach(b -> b.setEnabled(!busy));
        say(text);
    }

    /** Remembers the device last connected ("serial PORT" or "mqtt BROKER DEVICE"). */
    void rememberDevice(String device) {
        prefs.lastDevice = device;
        prefs.save();
    }

    StartConnectPanel connectPanel() {
        return connect;
    }

    StartSessionsPanel sessionsPanel() {
        return sessions;
    }

    String statusText() {
        return status.getText();
    }
}
