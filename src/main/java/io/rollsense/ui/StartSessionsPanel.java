package io.rollsense.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;

/**
 * The start window's right half: the recorded sessions, newest first, with Review (the review
 * window), Report (the HTML report, opened in the browser when there is one) and Trend (minutes
 * rolled, alerts and pain over the sessions). Reading the library happens off the Swing thread.
 */
final class StartSessionsPanel extends JPanel {
    private static final String[] COLUMNS = {"session", "date", "device", "time", "strokes", "alerts", "pain"};
    private final StartWindow window;
    private final StartActions actions;
    private final DefaultTableModel model = new DefaultTableModel(COLUMNS, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final JTable table = new JTable(model);
    private volatile boolean loaded;

    StartSessionsPanel(StartWindow window, StartActions actions) {
        super(new BorderLayout(0, 8));
        this.window = window;
        this.actions = actions;
        setOpaque(false);
        add(StartWindow.heading("Your sessions"), BorderLayout.NORTH);
        table.setName("sessionTable");
        table.setFont(StartWindow.FONT.deriveFont(16f));
        table.getTableHeader().setFont(StartWindow.FONT.deriveFont(java.awt.Font.BOLD, 16f));
        table.setRowHeight(28);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        int[] widths = {160, 115, 85, 50, 75, 60, 60};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        add(new JScrollPane(table), BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        buttons.setOpaque(false);
        buttons.add(window.button("Review", "review", () -> withSelected(id -> window.run(
                "Reviewing " + id + ": close the review window to come back here.", null, () -> {
                    actions.review(id);
                    return null;
                }))));
        buttons.add(window.button("Report", "report", () -> withSelected(id -> window.run("Writing the report of " + id
                + "…", null, () -> {
                    return "Report of " + id + ": " + actions.report(id);
                }))));
        buttons.add(window.button("Trend", "trend", this::trend));
        add(buttons, BorderLayout.SOUTH);
    }

    /** Reloads the session list (reads the library on a background thread). */
    void refresh() {
        Thread t = new Thread(() -> {
            List<StartActions.Session> list;
            try {
                list = actions.sessions();
            } catch (Exception e) {
                SwingUtilities.invokeLater(() -> window.say("Cannot read the sessions: " + e.getMessage()));
                return;
            }
            SwingUtilities.invokeLater(() -> show(list));
        }, "start-sessions");
        t.setDaemon(true);
        t.start();
    }

    private void show(List<StartActions.Session> list) {
        model.setRowCount(0);
        for (StartActions.Session s : list) {
            model.addRow(new Object[] {s.id(), s.when(), s.device(), s.duration(), s.strokes(), s.alerts(), s.pain()});
        }
        if (!list.isEmpty()) {
            table.setRowSelectionInterval(0, 0);
        }
        loaded = true;
    }

    private void withSelected(java.util.function.Consumer<String> action) {
        int row = table.getSelectedRow();
        if (row < 0) {
            window.say(model.getRowCount() == 0 ? "No sessions yet: try the demo." : "Pick a session first.");
            return;
        }
        action.accept((String) model.getValueAt(row, 0));
    }

    private void trend() {
        window.run("Reading the trend…", " ", () -> {
            List<String> lines = actions.trend();
            SwingUtilities.invokeLater(() -> {
                JTextArea text = new JTextArea(String.join("\n", lines));
                text.setName("trendText");
                text.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, 16));
                text.setEditable(false);
                JOptionPane.showMessageDialog(window.frame(), new JScrollPane(text), "Trend across your sessions",
                        JOptionPane.PLAIN_MESSAGE);
            });
            return null;
        });
    }

    boolean loaded() {
        return loaded;
    }

    int rows() {
        return model.getRowCount();
    }

    Object cell(int row, int column) {
        return model.getValueAt(row, column);
    }

    JTable table() {
        return table;
    }
}
