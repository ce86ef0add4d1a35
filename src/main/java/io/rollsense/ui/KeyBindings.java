package io.rollsense.ui;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

/** Window-wide key bindings (work whichever component has the focus). Swing thread only. */
final class KeyBindings {
    private KeyBindings() {
    }

    /** Binds {@code action} to the key codes (and Shift + the first, for keyboards where + needs Shift). */
    static void bind(JComponent root, String name, Runnable action, int... keyCodes) {
        for (int k : keyCodes) {
            root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(k, 0), name);
        }
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(keyCodes[0],
                InputEvent.SHIFT_DOWN_MASK), name);
        root.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /** Also binds a typed character to an already bound action. */
    static void bindChar(JComponent root, char c, String name) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(c), name);
    }
}
