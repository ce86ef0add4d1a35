package io.rollsense.api;

import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.PressureField;
import io.rollsense.protocol.BadLine;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;

/**
 * A sink of the live pipeline (chart view, alert notifiers, session recorder, JSON output).
 * All methods are called on the single analyzer thread, in order; implementations must be quick
 * (hand heavy work to their own thread) and must not throw.
 */
public interface PipelineListener {
    /** A raw line exactly as received, with the host receive time (epoch ms). */
    default void onRawLine(String deviceId, String line, long hostTimeMs) {
    }

    /** A (new or repeated) hello from a device. */
    default void onHello(Hello hello, long hostTimeMs) {
    }

    /**
     * A valid frame exactly as decoded (values in the hello's unit, before calibration), before it
     * is analysed; {@code hostTimeMs} is when its bytes arrived. For calibration and recording.
     */
    default void onFrame(String deviceId, Frame frame, long hostTimeMs) {
    }

    /** The pressure field of one analysed frame. */
    default void onField(String deviceId, PressureField field) {
    }

    /** An analysis event (alert, stroke, cadence). */
    default void onEvent(String deviceId, AnalysisEvent event) {
    }

    /** A rejected line. */
    default void onBadLine(String deviceId, BadLine bad, long hostTimeMs) {
    }

    /** A status change: connected, disconnected, device log line, offline will, drops. */
    default void onStatus(StatusEvent status) {
    }

    /**
     * The host clock, about every 250 ms while the pipeline runs, with or without data (views whose
     * clock must go on while a device is unplugged use it).
     */
    default void onTick(long hostTimeMs) {
    }

    /** The pipeline stopped (duration reached, Ctrl-C, end of input); flush and close. */
    default void onStop() {
    }
}
