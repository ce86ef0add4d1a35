package io.rollsense.ui.review;

import io.rollsense.api.Playback;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.report.AlertEpisode;
import io.rollsense.session.SessionData;
import io.rollsense.session.SessionSummary;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.function.LongConsumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JToggleButton;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.WindowConstants;

/**
 * The review window: the whole session on a zoomable timeline, a list of alerts (click one to jump
 * to it), and playback at 1–10×. Build and use on the Swing event thread only.
 */
public final class ReviewWindow {
    private final JFrame frame;
    private final ReviewChart chart;
    private final ReviewPlayback playback;
    private final JList<AlertEpisode> alerts;
    private final JToggleButton play = new JToggleButton("Play");
    private final JLabel time = new JLabel("0:00.0");
    private final JLabel status = new JLabel(" ");
    private volatile LongConsumer cursorListener = ms -> { };

    private ReviewWindow(SessionData data, AnalysisSettings settings, Playback.Player player, double speed) {
        SessionSummary s = data.summary();
        frame = new JFrame("RollSense review — " + s.id() + (s.device() == null ? "" : " (" + s.device() + ")"));
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        chart = new ReviewChart(data);
        playback = new ReviewPlayback(data, settings, player, this::moveCursor, status::setText);
        playback.setSpeed(speed);

        DefaultListModel<AlertEpisode> model = new DefaultListModel<>();
        List<AlertEpisode> episodes = AlertEpisode.from(data.events(), data.frames().durationMs());
        episodes.forEach(model::addElement);
        alerts = new JList<>(model);
        alerts.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        alerts.setCellRenderer(new AlertCellRenderer(data));
        alerts.addListSelectionListener(e -> {
            AlertEpisode a = alerts.getSelectedValue();
            if (!e.getValueIsAdjusting() && a != null) {
                jumpTo(a);
            }
        });
        JPanel side = new JPanel(new BorderLayout());
        side.add(new JLabel(episodes.isEmpty() ? "No alerts" : episodes.size() + (episodes.size() == 1 ? " alert" : " alerts") + " — click to jump"), BorderLayout.NORTH);
        side.add(new JScrollPane(alerts), BorderLayout.CENTER);
        JPanel steps = RoutineStepList.panel(io.rollsense.report.RoutineSection.of(data), v -> jumpTo(v.startMs(), v.endMs()));
        if (steps != null) {
            side.add(steps, BorderLayout.SOUTH);
        }
        side.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        side.setPreferredSize(new Dimension(330, 400));

        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, chart.panel(), side);
        split.setResizeWeight(1);
        frame.add(split, BorderLayout.CENTER);
        frame.add(controls(speed), BorderLayout.SOUTH);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                playback.close();
            }
        });
        String skipped = data.readResult().skippedMessage();
        status.setText(skipped == null ? summaryLine(s) : "Note: " + skipped);
        frame.setSize(1400, 820);
        frame.setLocationByPlatform(true);
    }

    /**
     * Opens a review window for {@code data} (Swing event thread). Playback runs through
     * {@code player} (the pipeline, re-analysing as the live run did) into the live window, which
     * shows {@code settings}.
     */
    public static ReviewWindow open(SessionData data, AnalysisSettings settings, Playback.Player player, double speed) {
        io.rollsense.ui.LiveView.installLookAndFeel();
        ReviewWindow w = new ReviewWindow(data, settings, player, speed);
        w.frame.setVisible(true);
        return w;
    }

    /**
     * Loads the toolkit and chart classes (Swing event thread) so that opening a window after a
     * session has loaded is quick; callers run it while they load the session.
     */
    public static void warmUp() {
        io.rollsense.ui.LiveView.installLookAndFeel();
        new org.jfree.chart.ChartPanel(null, false).getPreferredSize();
        new JFrame().dispose();
    }

    public JFrame frame() {
        return frame;
    }

    /** Selects alert {@code index} in the list (as a click does). */
    public void selectAlert(int index) {
        alerts.setSelectedIndex(index);
    }

    /** The visible time range in ms since the first frame. */
    public long[] visibleMs() {
        return chart.visibleMs();
    }

    /** Back to the start of the session, as the Start button does (stops playback, clears the alert selection). */
    void backToStart() {
        play.setSelected(false);
        alerts.clearSelection();
        playback.seek(0);
    }

    /** Whether playback is running. */
    public boolean playing() {
        return playback.playing();
    }

    /** Starts playback. */
    public void play() {
        play.setSelected(true);
        playback.play();
    }

    /** Called with each cursor position (ms since the first frame) on the Swing thread; for tests and status. */
    public void onCursor(LongConsumer l) {
        cursorListener = l;
    }

    private JPanel controls(double speed) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
        play.addActionListener(e -> {
            if (play.isSelected()) {
                playback.play();
            } else {
                playback.pause();
            }
        });
        JSpinner speedSpinner = new JSpinner(new SpinnerNumberModel(speed, 1, 10, 1));
        speedSpinner.addChangeListener(e -> playback.setSpeed(((Number) speedSpinner.getValue()).doubleValue()));
        JButton all = new JButton("Whole session");
        all.addActionListener(e -> chart.showAll());
        JButton start = new JButton("Start");
        start.setToolTipText("Back to the start");
        start.addActionListener(e -> backToStart());
        p.add(start);
        p.add(play);
        p.add(new JLabel("speed ×"));
        p.add(speedSpinner);
        p.add(time);
        p.add(all);
        p.add(new JLabel("  wheel: zoom · drag: zoom range · Ctrl-drag: pan  "));
        p.add(status);
        return p;
    }

    private void jumpTo(AlertEpisode a) {
        jumpTo(a.startMs(), a.endMs());
    }

    private void jumpTo(long startMs, long endMs) {
        long pad = Math.max(1000, endMs - startMs);
        chart.show(startMs - pad, endMs + pad);
        play.setSelected(false);
        playback.seek(startMs);
    }

    private void moveCursor(long ms) {
        chart.cursor(ms);
        time.setText(io.rollsense.report.AlertEpisode.clock(ms));
        if (!playback.playing()) {
            play.setSelected(false);
        }
        cursorListener.accept(ms);
    }

    private static String summaryLine(SessionSummary s) {
        return s.strokes() + " strokes · " + s.totalAlerts() + " alerts · "
                + (s.meanCadenceSpm() == null ? "no cadence" : String.format("%.1f strokes/min", s.meanCadenceSpm()));
    }
}
