package io.rollsense.ui;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * The start window's left half: try the demo; connect a serial device (ports found by their hello,
 * as {@code ports --probe} does, or a path typed in); connect an MQTT broker and device; start a
 * guided routine (shown only when {@link StartActions#routines()} has any); and "Connect again" to
 * the device used last time. Swing thread only.
 */
final class StartConnectPanel extends JPanel {
    private final StartWindow window;
    private final StartActions actions;
    private final JComboBox<String> port = new JComboBox<>();
    private final JTextField broker = new JTextField("tcp://localhost:1883", 16);
    private final JTextField device = new JTextField("+", 8);
    private final JButton again;
    private String lastDevice;

    StartConnectPanel(StartWindow window, StartActions actions, ViewPrefs prefs) {
        this.window = window;
        this.actions = actions;
        this.lastDevice = prefs.lastDevice;
        setOpaque(false);
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        add(StartWindow.heading("Start rolling"));
        add(row(window.button("Try the demo (no device needed)", "demo",
                () -> window.run("Demo running in the live window: close it to come back here.", "Demo finished.",
                        () -> {
                            actions.demo();
                            return null;
                        }))));
        again = window.button("Connect again", "connectAgain", () -> connect(lastDevice));
        JLabel lastLabel = label(lastDevice == null ? "" : "Last time: " + describe(lastDevice));
        lastLabel.setName("lastDevice");
        if (lastDevice != null) {
            add(row(lastLabel));
            add(row(again));
        }
        List<String> routines = actions.routines();
        if (!routines.isEmpty()) { // guided routines exist (io.rollsense.routine): offer them
            JComboBox<String> which = new JComboBox<>(routines.toArray(String[]::new));
            which.setFont(StartWindow.FONT);
            add(row(window.button("Start a guided routine", "routine", () -> window.run("Routine running…",
                    "Routine finished.", () -> {
                        actions.routine((String) which.getSelectedItem(), lastDevice);
                        return null;
                    })), which));
        }
        add(Box.createVerticalStrut(14));
        add(StartWindow.heading("USB device (serial)"));
        port.setEditable(true);
        port.setName("serialPort");
        port.setFont(StartWindow.FONT);
        port.setPreferredSize(new Dimension(220, 36));
        add(row(window.button("Find devices", "findDevices", this::findDevices), port,
                window.button("Connect", "connectSerial", () -> connect("serial " + selectedPort()))));
        add(Box.createVerticalStrut(14));
        add(StartWindow.heading("Wi-Fi device (MQTT)"));
        broker.setFont(StartWindow.FONT);
        device.setFont(StartWindow.FONT);
        add(row(label("broker"), broker));
        add(row(label("device"), device, label("(+ follows every device)")));
        add(row(window.button("Connect", "connectMqtt",
                () -> connect("mqtt " + broker.getText().strip() + " " + device.getText().strip()))));
        add(Box.createVerticalGlue());
        if (lastDevice != null && lastDevice.startsWith("serial ")) {
            port.setSelectedItem(lastDevice.substring(7));
        } else if (lastDevice != null && lastDevice.startsWith("mqtt ")) {
            String[] p = lastDevice.split(" ");
            if (p.length == 3) {
                broker.setText(p[1]);
                device.setText(p[2]);
            }
        }
    }

    private String selectedPort() {
        Object p = port.getEditor().getItem();
        String s = p == null ? "" : p.toString();
        int dash = s.indexOf("  (");
        return (dash > 0 ? s.substring(0, dash) : s).strip();
    }

    private void findDevices() {
        window.run("Listening for a hello on each serial port…", null, () -> {
            List<StartActions.Port> found = actions.findDevices();
            javax.swing.SwingUtilities.invokeLater(() -> {
                port.removeAllItems();
                found.forEach(p -> port.addItem(p.path() + "  (" + p.deviceId() + ")"));
            });
            return found.isEmpty() ? "No serial device answered: plug it in, or type its port and Connect."
                    : "Found " + found.size() + " device(s): pick one and Connect.";
        });
    }

    /** Connects to "serial PORT" or "mqtt BROKER DEVICE", remembering it for next time. */
    private void connect(String target) {
        if (target == null || target.strip().equals("serial")) {
            window.say("Give a serial port (Find devices lists them).");
            return;
        }
        String[] p = target.split(" ");
        window.rememberDevice(target);
        lastDevice = target;
        window.run("Live from " + describe(target) + ": close the live window to come back here.", "Session ended.",
                () -> {
                    if (p[0].equals("serial")) {
                        actions.serial(p[1]);
                    } else {
                        actions.mqtt(p[1], p.length > 2 ? p[2] : "+");
                    }
                    return null;
                });
    }

    private static String describe(String target) {
        String[] p = target.split(" ");
        return p[0].equals("serial") ? "serial port " + p[1] : "MQTT " + p[1] + (p.length > 2 ? ", device " + p[2] : "");
    }

    private static JLabel label(String text) {
        JLabel l = new JLabel(text);
        l.setFont(StartWindow.FONT);
        l.setForeground(ChartStyle.TEXT);
        return l;
    }

    private static JPanel row(Component... parts) {
        JPanel r = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
        r.setOpaque(false);
        r.setAlignmentX(LEFT_ALIGNMENT);
        r.setBorder(BorderFactory.createEmptyBorder());
        for (Component c : parts) {
            r.add(c);
        }
        r.setMaximumSize(new Dimension(Integer.MAX_VALUE, r.getPreferredSize().height));
        return r;
    }

    String lastDeviceText() {
        return lastDevice;
    }
}
