package io.rollsense.ui.review;

import io.rollsense.core.AlertKind;
import io.rollsense.report.AlertEpisode;
import io.rollsense.session.SessionData;
import java.awt.Color;
import java.awt.Component;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;

/** One alert per row: kind, start, duration, peak and taxel. */
final class AlertCellRenderer extends DefaultListCellRenderer {
    private final transient SessionData data;

    AlertCellRenderer(SessionData data) {
        this.data = data;
    }

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
        super.getListCellRendererComponent(list, value, index, selected, focus);
        if (value instanceof AlertEpisode a) {
            String taxel = data.hello() != null && a.channel() >= 0 && a.channel() < data.hello().channelCount()
                    ? String.format("%+.0f mm", data.hello().positionMm(a.channel())) : "taxel " + a.channel();
            setText(String.format("%s  %s  %.1f s  %.0f kPa  %s", AlertEpisode.clock(a.startMs()),
                    a.kind() == AlertKind.SPINE ? "spine" : "too hard", a.durationMs() / 1000.0, a.peakKpa(), taxel));
            if (!selected) {
                setForeground(a.kind() == AlertKind.SPINE ? io.rollsense.report.Palette.SPINE : io.rollsense.report.Palette.TOO_HARD);
            }
        }
        return this;
    }
}
