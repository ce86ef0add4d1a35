package io.rollsense.ui;

import io.rollsense.sink.Wording;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** Rhythm: big cadence, the plain cue, the gauge against the target band, regularity, strokes, time. */
final class RhythmPanel extends JPanel {
    private final JLabel cadence = new JLabel("–");
    private final JLabel cue = new JLabel(Wording.Cue.NOT_ROLLING.text);
    private final JLabel details = new JLabel(" ");
    private final CadenceGauge gauge;
    private final JLabel title = new JLabel();
    private double minSpm;
    private double maxSpm;

    RhythmPanel(double minSpm, double maxSpm) {
        super(new GridBagLayout());
        this.minSpm = minSpm;
        this.maxSpm = maxSpm;
        setName("rhythmPanel");
        cadence.setName("cadence");
        cue.setName("cue");
        details.setName("rhythmDetails");
        setBackground(ChartStyle.BACKGROUND);
        setBorder(BorderFactory.createEmptyBorder(8, 14, 8, 14));
        gauge = new CadenceGauge(minSpm, maxSpm);
        gauge.setOpaque(false);
        title.setName("rhythmTitle");
        title.setText(titleText());
        title.setFont(ChartStyle.TITLE);
        title.setForeground(ChartStyle.TEXT);
        cadence.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
        cue.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        details.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        details.setForeground(ChartStyle.TEXT);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.gridwidth = 2;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(0, 0, 4, 0);
        add(title, c);
        c.gridy = 1;
        c.gridwidth = 1;
        c.insets = new Insets(0, 0, 0, 24);
        add(cadence, c);
        c.gridx = 1;
        c.weightx = 1;
        c.insets = new Insets(0, 0, 0, 0);
        add(cue, c);
        c.gridx = 0;
        c.gridy = 2;
        c.gridwidth = 2;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(gauge, c);
        c.gridy = 3;
        add(details, c);
    }

    /**
     * A new target band, strokes/min (a guided routine's step has its own): the title, the gauge and
     * the next cue follow it. Swing thread.
     */
    void targetBand(double min, double max) {
        minSpm = min;
        maxSpm = max;
        title.setText(titleText());
        gauge.band(min, max);
    }

    private String titleText() {
        return "Rhythm (target " + spm(minSpm) + "–" + spm(maxSpm) + " strokes/min)"; // 7.5 stays 7.5
    }

    void show(Double spm, double regularity, long strokes, long sessionMs) {
        Wording.Cue k = Wording.Cue.of(spm, minSpm, maxSpm);
        Color colour = switch (k) {
            case GOOD -> ChartStyle.OK;
            case FASTER -> new Color(0x1F, 0x6F, 0xB2);
            case SLOWER -> ChartStyle.WARN;
            case NOT_ROLLING -> new Color(0x78, 0x84, 0x8F);
        };
        cadence.setText(spm == null ? "– spm" : String.format(Locale.ROOT, "%.0f spm", spm));
        cadence.setForeground(colour);
        cue.setText(k.text);
        cue.setForeground(colour);
        gauge.set(spm, colour);
        details.setText(String.format(Locale.ROOT, "regularity %s    strokes %d    session %s",
                spm == null ? "–" : Math.round(regularity * 100) + " %", strokes, Wording.clock(sessionMs)));
    }

    String cueText() {
        return cue.getText();
    }

    /** A band edge as people read it: 15, or 7.5 (never rounded to 8). */
    static String spm(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
