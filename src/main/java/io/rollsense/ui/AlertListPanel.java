package io.rollsense.ui;

import io.rollsense.sink.Wording;
import java.awt.BorderLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;

/** The session's alerts, newest first, with start time, peak, ratio to the limit and duration. */
final class AlertListPanel extends JPanel {
    private final DefaultListModel<String> model = new DefaultListModel<>();
    private final JList<String> list = new JList<>(model);

    AlertListPanel() {
        super(new BorderLayout());
        setName("alertListPanel");
        list.setName("alertList");
        list.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        list.setFocusable(false);
        JLabel title = new JLabel("Alerts this session");
        title.setFont(ChartStyle.TITLE);
        title.setForeground(ChartStyle.TEXT);
        title.setBorder(BorderFactory.createEmptyBorder(6, 14, 4, 14));
        setBackground(ChartStyle.BACKGROUND);
        add(title, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createEmptyBorder(0, 10, 6, 10));
        add(scroll, BorderLayout.CENTER);
        setPreferredSize(new java.awt.Dimension(400, 130));
        setMinimumSize(new java.awt.Dimension(200, 90));
    }

    /** Rebuilds the list from the history (Swing thread). */
    void show(List<LiveState.Episode> history) {
        List<String> rows = new ArrayList<>(history.size());
        for (int i = history.size() - 1; i >= 0; i--) {
            rows.add(row(history.get(i)));
        }
        if (rows.isEmpty()) {
            rows.add("none so far");
        }
        boolean same = rows.size() == model.size();
        for (int i = 0; same && i < rows.size(); i++) {
            same = rows.get(i).equals(model.get(i));
        }
        if (!same) {
            model.clear();
            model.addAll(rows);
        }
    }

    static String row(LiveState.Episode e) {
        String duration = e.active() ? "now" : Wording.seconds(e.endMs - e.startMs);
        return String.format(Locale.ROOT, "%s   %s   peak %.0f kPa (%.1f× limit)   %s",
                Wording.clock(e.startMs), Wording.name(e.kind), e.peakKpa, e.peakKpa / e.thresholdKpa, duration);
    }

    List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) {
            rows.add(model.get(i));
        }
        return rows;
    }
}
