package io.rollsense.ui.review;

import io.rollsense.report.RoutineSection;
import io.rollsense.routine.RoutineResult;
import io.rollsense.routine.StepVerdict;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;

/**
 * The review window's list of a session's routine steps with their verdicts; clicking one jumps
 * to it. Built and used on the Swing thread.
 */
final class RoutineStepList {
    private RoutineStepList() {
    }

    /** The panel, or {@code null} when the session has no routine. */
    static JPanel panel(RoutineResult r, Consumer<StepVerdict> jump) {
        if (r == null) {
            return null;
        }
        DefaultListModel<StepVerdict> model = new DefaultListModel<>();
        r.steps().forEach(model::addElement);
        JList<StepVerdict> list = new JList<>(model);
        list.setName("routineSteps");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer((l, v, i, selected, focus) -> {
            JLabel label = new JLabel("<html><div style='width:270px'><b>" + (v.index() + 1) + ". " + esc(v.title()) + "</b><br>" + esc(v.text()) + "</div></html>");
            label.setOpaque(true);
            label.setBorder(BorderFactory.createCompoundBorder(
                    BorderFactory.createMatteBorder(0, 6, 1, 0, RoutineSection.colour(v)),
                    BorderFactory.createEmptyBorder(3, 6, 3, 4)));
            label.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            return label;
        });
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) {
                jump.accept(list.getSelectedValue());
            }
        });
        JPanel p = new JPanel(new BorderLayout());
        p.add(new JLabel("Routine: " + r.routine() + " — " + r.stepsDone() + " of " + r.stepsPlanned() + " steps, "
                + Math.round(r.onTargetShare() * 100) + " % on target"), BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(list);
        scroll.setPreferredSize(new Dimension(330, 260));
        p.add(scroll, BorderLayout.CENTER);
        return p;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

}
