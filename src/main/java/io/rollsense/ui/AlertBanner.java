package io.rollsense.ui;

import io.rollsense.core.AlertKind;
import io.rollsense.core.PressureField;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

/**
 * The banner across the top: calm green "pressure OK" normally, red with large words (which
 * alert, how much, by how much, what to do) while an alert is raised. Swing thread only.
 */
final class AlertBanner extends JPanel {
    private final JLabel label = new JLabel("", SwingConstants.CENTER);
    private boolean alerting;

    AlertBanner() {
        super(new BorderLayout());
        setName("alertBanner");
        label.setName("alertBannerText");
        label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        add(label, BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(14, 20, 14, 20));
        calm("Waiting for the device…", new Color(0xEC, 0xEF, 0xF1), ChartStyle.TEXT);
    }

    /**
     * Shows input trouble (amber: stopped, disconnected, no data), else the active alerts (red,
     * worst first, with the live pressure), else the calm state.
     */
    void show(Map<AlertKind, LiveState.Episode> active, PressureField f, boolean haveData, String trouble) {
        if (trouble != null) {
            alerting = false;
            calm(trouble, ChartStyle.WARN, Color.WHITE);
            return;
        }
        if (active.isEmpty()) {
            alerting = false;
            if (!haveData) {
                calm("Waiting for the device…", new Color(0xEC, 0xEF, 0xF1), ChartStyle.TEXT);
            } else if (f != null && !f.loaded()) {
                calm("Nothing on the roller", new Color(0xEC, 0xEF, 0xF1), ChartStyle.TEXT);
            } else {
                calm("Pressure OK: keep rolling gently", ChartStyle.OK_BG, ChartStyle.OK);
            }
            return;
        }
        alerting = true;
        List<String> lines = new ArrayList<>();
        for (AlertKind k : new AlertKind[] {AlertKind.SPINE, AlertKind.OVERPRESSURE}) {
            LiveState.Episode e = active.get(k);
            if (e != null) {
                lines.add(Wording.alertHeadline(k, current(k, f, e), e.thresholdKpa)
                        + "<br><span style='font-size:17pt;font-weight:normal'>" + Wording.alertAdvice(k) + "</span>");
            }
        }
        setBackground(ChartStyle.ALERT);
        label.setForeground(Color.WHITE);
        label.setText("<html><center>" + String.join("<br>", lines) + "</center></html>");
    }

    private static double current(AlertKind k, PressureField f, LiveState.Episode e) {
        if (f == null) {
            return e.peakKpa;
        }
        double now = k == AlertKind.SPINE ? f.spinePressureKpa() : f.maxKpa();
        return now > 0 ? now : e.peakKpa;
    }

    private void calm(String text, Color bg, Color fg) {
        setBackground(bg);
        label.setForeground(fg);
        label.setText(text);
    }

    boolean alerting() {
        return alerting;
    }

    /** The banner's words without markup (for tests and the console). */
    String text() {
        return label.getText().replaceAll("<br>", " | ").replace("&nbsp;", " ").replaceAll("<[^>]+>", "");
    }
}
