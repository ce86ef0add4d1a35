package io.rollsense.ui;

import io.rollsense.api.PipelineControl;
import io.rollsense.audio.AudioCoach;
import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.Hello;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import org.jfree.chart.ChartPanel;

/**
 * The live window. Built and used only on the Swing thread. A {@link Timer} at 20 Hz pulls from
 * the {@link LiveFeed}: drains events into {@link LiveState}, updates banner, sound state, rhythm, alert
 * list and status line, and (unless the view is paused) refills the chart datasets from a ring
 * snapshot, decimated to the chart's width.
 */
final class LiveWindow {
    static final int TICK_MS = 50;
    /** Shortest device-time interval between time-chart redraws (10 Hz): the costliest drawing. */
    static final long MIN_CHART_INTERVAL_MS = 100;
    /** Default host time without new frames after which the banner says the data stopped. */
    static final long STALL_MS = 3000;
    private final LiveFeed feed;
    private final LiveState state;
    private final PipelineControl control;
    private final ViewPrefs prefs;
    private final JFrame frame;
    private final AlertBanner banner = new AlertBanner();
    private final RhythmPanel rhythm;
    private final AlertListPanel alertList = new AlertListPanel();
    private final StatusLine status = new StatusLine();
    private final JPanel timeHolder = new JPanel(new BorderLayout());
    private final JPanel profileHolder = new JPanel(new BorderLayout());
    private final SoundToggle sound;
    private final TarePrompt tarePrompt;
    private final SampleRing.Snapshot snapshot = new SampleRing.Snapshot();
    private final List<Object> drained = new ArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Timer timer;
    /** Pain ratings for the recorded session; {@code null} when the session is not recorded. */
    private final PainPanel pain;
    private TimeChart timeChart;
    private ProfileChart profileChart;
    private ChartPanel timePanel;
    private double[] layoutMm;
    private boolean paused;
    private long lastCount = -1;
    private long stallMs = STALL_MS;
    private long lastDataHostMs = System.currentTimeMillis();
    private long chartTimeMs = Long.MIN_VALUE / 2;
    private int chartColumns;
    private long chartWindowMs;
    private long rateWindowStartMs = System.currentTimeMillis();
    private long rateWindowStartCount;
    private double framesPerSecond;
    private int historyShown = -1;
    private volatile boolean live;

    /** @param coach the audio coach (M mutes it, the status line shows its state), or null for none */
    LiveWindow(String title, AnalysisSettings settings, PipelineControl control, LiveFeed feed, AudioCoach coach) {
        this.feed = feed;
        this.control = control;
        this.state = new LiveState(settings);
        this.prefs = ViewPrefs.load();
        this.tarePrompt = new TarePrompt(control);
        this.rhythm = new RhythmPanel(settings.targetMinSpm(), settings.targetMaxSpm());
        this.sound = new SoundToggle(coach, prefs);
        pain = control.recording() ? new PainPanel(control::setPainBefore, this::painAfter) : null;
        frame = new JFrame(title.startsWith("RollSense") ? title : "RollSense · " + title);
        frame.setName("liveWindow");
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.setContentPane(layout());
        WindowFit.apply(frame, prefs.bounds, 1440, 900);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeRequested();
            }

            @Override
            public void windowClosed(WindowEvent e) {
                shutDown();
            }
        });
        keys(frame.getRootPane());
        timer = new Timer(TICK_MS, e -> tick());
        timer.setCoalesce(true);
        rhythm.show(null, 0, 0, 0);
        alertList.show(state.history());
        tick();
    }

    private JPanel layout() {
        JPanel root = new JPanel(new BorderLayout());
        root.setBackground(ChartStyle.BACKGROUND);
        JPanel north = new JPanel(new BorderLayout());
        north.add(banner, BorderLayout.NORTH);
        if (pain != null) {
            north.add(pain, BorderLayout.SOUTH);
        }
        root.add(north, BorderLayout.NORTH);
        JLabel waiting = new JLabel("Waiting for the device…", SwingConstants.CENTER);
        waiting.setFont(ChartStyle.TITLE);
        timeHolder.add(waiting);
        timeHolder.setBackground(ChartStyle.BACKGROUND);
        profileHolder.setBackground(ChartStyle.BACKGROUND);
        JPanel right = new JPanel(new GridBagLayout());
        right.setBackground(ChartStyle.BACKGROUND);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.fill = GridBagConstraints.BOTH;
        c.weightx = 1;
        c.weighty = 0.8;
        right.add(profileHolder, c);
        c.weighty = 0;
        right.add(rhythm, c);
        c.weighty = 0.2;
        right.add(alertList, c);
        right.setPreferredSize(new Dimension(540, 600));
        JPanel centre = new JPanel(new BorderLayout());
        centre.add(timeHolder, BorderLayout.CENTER);
        centre.add(right, BorderLayout.EAST);
        root.add(centre, BorderLayout.CENTER);
        root.add(status, BorderLayout.SOUTH);
        return root;
    }

    private void keys(JComponent root) {
        KeyBindings.bind(root, "pause", () -> {
            paused = !paused;
            if (timeChart != null) {
                timeChart.paused(paused);
            }
        }, KeyEvent.VK_SPACE, KeyEvent.VK_P);
        KeyBindings.bind(root, "tare", () -> tarePrompt.pressed(feed.latestField(), System.currentTimeMillis()),
                KeyEvent.VK_T);
        KeyBindings.bind(root, "undoTare", () -> tarePrompt.undo(System.currentTimeMillis()), KeyEvent.VK_U);
        KeyBindings.bind(root, "longer", () -> window(+1), KeyEvent.VK_PLUS, KeyEvent.VK_ADD, KeyEvent.VK_EQUALS);
        KeyBindings.bind(root, "shorter", () -> window(-1), KeyEvent.VK_MINUS, KeyEvent.VK_SUBTRACT);
        KeyBindings.bind(root, "mute", sound::toggle, KeyEvent.VK_M);
        KeyBindings.bindChar(root, '+', "longer");
    }

    private void window(int direction) {
        prefs.windowMs = ViewPrefs.step(prefs.windowMs, direction);
    }

    void show() {
        frame.setVisible(true);
        WindowFit.focus(frame);
        timer.start();
    }

    /** One view update (Swing thread). */
    void tick() {
        drained.clear();
        feed.drain(drained);
        long now = System.currentTimeMillis();
        for (Object o : drained) {
            state.apply(o);
            tarePrompt.apply(o, now);
            if (o instanceof Hello h) {
                layoutFor(h.positionsMm());
            }
        }
        PressureField f = feed.latestField();
        if (f != null && timeChart == null) {
            layoutFor(defaultPositions(f.pressuresKpa().length));
        }
        if (f != null) {
            state.observe(AlertKind.SPINE, f.spinePressureKpa());
            state.observe(AlertKind.OVERPRESSURE, f.maxKpa());
            live = true;
        }
        if (feed.stopped()) {
            state.connection("stopped");
        }
        tarePrompt.tick(now);
        banner.show(state.active(), f, f != null, trouble(), tarePrompt.notice(now));
        if (historyShown != state.version()) {
            alertList.show(state.history());
            historyShown = state.version();
        }
        rhythm.show(state.spm(), state.regularity(), state.strokes(), f == null ? 0 : f.timeMs());
        updateRate();
        status.tare(tarePrompt.statusWord(), tarePrompt.undoable(),
                () -> tarePrompt.undo(System.currentTimeMillis()));
        status.show(state, feed.otherDevices(), framesPerSecond, feed.badLines(), recordingWord(), paused, prefs.windowMs,
                sound.state());
        if (!paused && timeChart != null && f != null) {
            updateCharts(f);
        }
    }

    private String recordingWord() {
        return control.recordingFailed() ? "failed" : control.recording() ? "ON" : "off";
    }

    /** What is wrong with the input (stopped, disconnected, no data for a while), or null. */
    private String trouble() {
        long now = System.currentTimeMillis();
        SampleRing ring = feed.ring();
        long count = ring == null ? -1 : ring.written();
        if (count != lastCount) {
            lastCount = count;
            lastDataHostMs = now;
        }
        String c = state.connection();
        if (c.equals("stopped")) {
            return "Stopped: the session has ended";
        }
        if (c.equals("disconnected") || c.equals("offline")) {
            return "Device " + c + ": waiting for it to come back";
        }
        long quietMs = now - lastDataHostMs;
        if (count >= 0 && quietMs >= stallMs) {
            return "No data from the device for " + quietMs / 1000 + " s";
        }
        return null;
    }

    /**
     * Refills the chart datasets. The time chart is redrawn only when the window has scrolled by at
     * least one pixel column, at most 10 times a second (about every 0.7 s for 10 minutes), or
     * when the window length or width changed; the width profile follows every tick.
     */
    void updateCharts(PressureField f) {
        SampleRing ring = feed.ring();
        if (ring == null) {
            return;
        }
        int columns = Math.max(100, timePanel.getWidth() - 80);
        long columnMs = Math.max(MIN_CHART_INTERVAL_MS, prefs.windowMs / columns);
        boolean layoutChanged = columns != chartColumns || prefs.windowMs != chartWindowMs;
        if (layoutChanged || f.timeMs() - chartTimeMs >= columnMs || f.timeMs() < chartTimeMs) {
            ring.copySince(f.timeMs() - prefs.windowMs, snapshot);
            timeChart.update(snapshot, f.timeMs(), prefs.windowMs, columns);
            chartTimeMs = f.timeMs();
            chartColumns = columns;
            chartWindowMs = prefs.windowMs;
        }
        profileChart.update(f, timeChart.ceilingKpa());
    }

    private void updateRate() {
        long now = System.currentTimeMillis();
        SampleRing ring = feed.ring();
        long count = ring == null ? 0 : ring.written();
        if (now - rateWindowStartMs >= 1000) {
            framesPerSecond = Math.max(0, count - rateWindowStartCount) * 1000.0 / (now - rateWindowStartMs);
            rateWindowStartMs = now;
            rateWindowStartCount = count;
        }
    }

    private void layoutFor(double[] positionsMm) {
        if (timeChart != null && Arrays.equals(positionsMm, layoutMm)) {
            thresholds();
            return;
        }
        layoutMm = positionsMm.clone();
        timeChart = new TimeChart(positionsMm.length, positionsMm);
        timeChart.paused(paused);
        profileChart = new ProfileChart(positionsMm);
        thresholds();
        timePanel = ChartStyle.panel(timeChart.chart());
        timeHolder.removeAll();
        timeHolder.add(timePanel);
        profileHolder.removeAll();
        profileHolder.add(ChartStyle.panel(profileChart.chart()));
        timeHolder.revalidate();
        profileHolder.revalidate();
    }

    private void thresholds() {
        timeChart.thresholds(state.overpressureKpa(), state.spineKpa());
        profileChart.thresholds(state.overpressureKpa(), state.spineKpa(), state.settings().spineZoneMm());
    }

    private static double[] defaultPositions(int n) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = (i - (n - 1) / 2.0) * 30;
        }
        return p;
    }

    /**
     * The user closes the window: during a recorded session the pain row first asks for the pain
     * after (skippable; the pipeline keeps running); closing again while it asks closes at once.
     */
    private void closeRequested() {
        if (pain != null && !pain.askingAfter() && control.recording() && !feed.stopped()) {
            pain.askAfter();
            frame.toFront();
        } else if (pain != null && pain.askingAfter()) {
            pain.finishAfter(null);
        } else {
            frame.dispose();
        }
    }

    private void painAfter(Integer rating, String note) {
        if (rating != null) {
            control.setPainAfter(rating);
        }
        if (note != null && !note.isBlank()) {
            control.addNote(note.strip());
        }
        frame.dispose();
    }

    private void shutDown() {
        timer.stop();
        prefs.bounds = frame.getBounds();
        prefs.save();
        control.stop();
        closed.countDown();
    }

    /** Sets how long without frames counts as "no data" (tests use a long or short one). */
    void stallMs(long ms) {
        stallMs = ms;
    }

    JFrame frame() {
        return frame;
    }

    CountDownLatch closedLatch() {
        return closed;
    }

    /** Device time of the latest field in ms since the first frame, 0 before any. */
    long sessionMs() {
        PressureField f = feed.latestField();
        return f == null ? 0 : f.timeMs();
    }

    /** Whether a field has been shown (the view went live). */
    boolean live() {
        return live;
    }

    /** The pain row, or {@code null} when the session is not recorded. */
    PainPanel pain() {
        return pain;
    }

    AlertBanner banner() {
        return banner;
    }

    AlertListPanel alertList() {
        return alertList;
    }

    RhythmPanel rhythm() {
        return rhythm;
    }

    StatusLine status() {
        return status;
    }

    TarePrompt tarePrompt() {
        return tarePrompt;
    }

    boolean paused() {
        return paused;
    }

    long windowMs() {
        return prefs.windowMs;
    }

    ChartPanel timePanel() {
        return timePanel;
    }
}
