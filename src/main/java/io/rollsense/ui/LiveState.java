package io.rollsense.ui;

import io.rollsense.api.StatusEvent;
import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Hello;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the live view knows beyond the samples: device, connection, alerts, rhythm. Built from the
 * feed's events on the Swing thread only (not thread-safe).
 */
final class LiveState {
    /** One alert episode of the session; {@code endMs} is -1 while it lasts. */
    static final class Episode {
        final AlertKind kind;
        final long startMs;
        final double thresholdKpa;
        double peakKpa;
        long endMs = -1;

        Episode(AlertKind kind, long startMs, double thresholdKpa, double peakKpa) {
            this.kind = kind;
            this.startMs = startMs;
            this.thresholdKpa = thresholdKpa;
            this.peakKpa = peakKpa;
        }

        boolean active() {
            return endMs < 0;
        }
    }

    private final AnalysisSettings settings;
    private final Map<AlertKind, Episode> active = new EnumMap<>(AlertKind.class);
    private final List<Episode> history = new ArrayList<>();
    private Hello hello;
    private String connection = "waiting";
    /** Latest "missing so far" total per device (device ids), plus the pipeline's queue drops. */
    private final java.util.Map<String, Long> droppedBySource = new java.util.HashMap<>();
    private Double spm;
    private double regularity;
    private long strokes;
    private int version;

    LiveState(AnalysisSettings settings) {
        this.settings = settings;
    }

    /** Applies a queued event; returns true when something visible changed. */
    boolean apply(Object event) {
        version++;
        if (event instanceof Hello h) {
            hello = h;
            if ("waiting".equals(connection)) {
                connection = "connected";
            }
        } else if (event instanceof AnalysisEvent.AlertRaised r) {
            Episode e = new Episode(r.kind(), r.startMs(), r.thresholdKpa(), r.peakKpa());
            active.put(r.kind(), e);
            history.add(e);
        } else if (event instanceof AnalysisEvent.AlertCleared c) {
            Episode e = active.remove(c.kind());
            if (e == null) {
                e = new Episode(c.kind(), c.startMs(), c.thresholdKpa(), c.peakKpa());
                history.add(e);
            }
            e.endMs = c.endMs();
            e.peakKpa = Math.max(e.peakKpa, c.peakKpa());
        } else if (event instanceof AnalysisEvent.Stroke) {
            strokes++;
        } else if (event instanceof AnalysisEvent.Cadence c) {
            spm = c.spm();
            regularity = c.regularity();
        } else if (event instanceof StatusEvent s) {
            applyStatus(s);
        } else {
            version--;
            return false;
        }
        return true;
    }

    private void applyStatus(StatusEvent s) {
        switch (s.kind()) {
            case CONNECTED, ONLINE -> connection = "connected";
            case DISCONNECTED -> connection = "disconnected";
            case OFFLINE -> connection = "offline";
            case DROPPED -> droppedBySource.put(s.deviceId(), Math.max(0, s.count())); // totals so far
            default -> {
            }
        }
    }

    /** Raises the peak of an active episode from a live pressure. */
    void observe(AlertKind kind, double kpa) {
        Episode e = active.get(kind);
        if (e != null && kpa > e.peakKpa) {
            e.peakKpa = kpa;
        }
    }

    DeviceKind kind() {
        return hello == null ? DeviceKind.ROLLER : hello.kind();
    }

    double overpressureKpa() {
        return settings.overpressureKpaFor(kind());
    }

    double spineKpa() {
        return settings.spineKpaFor(kind());
    }

    AnalysisSettings settings() {
        return settings;
    }

    Map<AlertKind, Episode> active() {
        return active;
    }

    List<Episode> history() {
        return history;
    }

    Hello hello() {
        return hello;
    }

    String connection() {
        return connection;
    }

    void connection(String state) {
        connection = state;
    }

    long droppedFrames() {
        long sum = 0;
        for (long n : droppedBySource.values()) {
            sum += n;
        }
        return sum;
    }

    Double spm() {
        return spm;
    }

    double regularity() {
        return regularity;
    }

    long strokes() {
        return strokes;
    }

    /** Changes whenever an event was applied (for cheap "did anything change" checks). */
    int version() {
        return version;
    }
}
