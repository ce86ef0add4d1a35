package io.rollsense.ui;

import io.rollsense.sink.Wording;
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
    /** The banner's fixed height in pixels: a 32 pt headline and a 20 pt advice line. */
    static final int HEIGHT_PX = 112;
    private static final int ADVICE_PT = 20;
    private final JLabel label = new JLabel("", SwingConstants.CENTER);
    private boolean alerting;

    AlertBanner() {
        super(new BorderLayout());
        setName("alertBanner");
        label.setName("alertBannerText");
        label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 32));
        add(label, BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(8, 20, 8, 20));
        // fixed height: an alert never pushes the charts down, two lines always fit
        java.awt.Dimension fixed = new java.awt.Dimension(400, HEIGHT_PX);
        setPreferredSize(fixed);
        setMinimumSize(new java.awt.Dimension(0, HEIGHT_PX));
        setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, HEIGHT_PX));
        calm("Waiting for the device…", new Color(0xEC, 0xEF, 0xF1), ChartStyle.TEXT);
    }

    /**
     * Shows input trouble (amber: stopped, disconnected, no data), else the active alerts (red,
     * worst first, with the episode's peak: the same figure the alert list shows), else a notice
     * (amber: the tare countdown and its outcome), else the calm state.
     */
    void show(Map<AlertKind, LiveState.Episode> active, PressureField f, boolean haveData, String trouble) {
        show(active, f, haveData, trouble, null);
    }

    /** As {@link #show(Map, PressureField, boolean, String)} with a notice shown when no alert is up. */
    void show(Map<AlertKind, LiveState.Episode> active, PressureField f, boolean haveData, String trouble,
              String notice) {
        if (trouble != null) {
            alerting = false;
            calm(trouble, ChartStyle.WARN, Color.WHITE);
            return;
        }
        if (active.isEmpty()) {
            alerting = false;
            if (notice != null) {
                calm(notice, ChartStyle.WARN, Color.WHITE);
            } else if (!haveData) {
                calm("Waiting for the device…", new Color(0xEC, 0xEF, 0xF1), ChartStyle.TEXT);
            } else if (f != null && !f.loaded()) {
                calm("Nothing on the roller", new Color(0xEC, 0xEF, 0xF1), ChartStyle.TEXT);
            } else {
                calm("Pressure OK: keep rolling gently", ChartStyle.OK_BG, ChartStyle.OK);
            }
            return;
        }
        alerting = true;
        List<LiveState.Episode> up = new ArrayList<>();
        for (AlertKind k : new AlertKind[] {AlertKind.SPINE, AlertKind.OVERPRESSURE}) {
            if (active.get(k) != null) {
                up.add(active.get(k));
            }
        }
        LiveState.Episode worst = up.get(0);
        String advice = Wording.alertAdvice(worst.kind);
        if (up.size() > 1) {
            LiveState.Episode other = up.get(1);
            advice += String.format(java.util.Locale.ROOT, "  ·  also %s, peak %.0f kPa",
                    Wording.name(other.kind).toLowerCase(java.util.Locale.ROOT), other.peakKpa);
        }
        setBackground(ChartStyle.ALERT);
        label.setForeground(Color.WHITE);
        label.setText("<html><center>" + Wording.alertPeakHeadline(worst.kind, worst.peakKpa, worst.thresholdKpa)
                + "<br><span style='font-size:" + ADVICE_PT + "pt;font-weight:normal'>" + advice
                + "</span></center></html>");
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
