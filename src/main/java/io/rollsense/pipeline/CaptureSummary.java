package io.rollsense.pipeline;

import io.rollsense.protocol.BadLine;
import io.rollsense.protocol.BadLineCategory;
import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code rollsense check} learns from a capture, collected as a {@link DecodeListener}:
 * devices from their hellos, frames and drops per device, the device-time span to measure the
 * real frame rate, and the first few bad and log lines with their line numbers. Not thread-safe.
 */
public final class CaptureSummary implements DecodeListener {
    /** Examples kept per bad-line category, and log lines kept. */
    static final int EXAMPLES = 3;
    static final int LOG_EXAMPLES = 5;

    /** One bad or log line shown as an example. */
    record Example(long line, String detail, String excerpt) {
    }

    /** Per device: its last hello and what its frames showed. */
    static final class Device {
        Hello hello;
        long firstLine;
        long hellos;
        long frames;
        long dropped;
        /** Sum of device-time steps between consecutive frames of this device, in ms. */
        long spanMs;
        /** Frame periods covered by {@link #spanMs} (received steps plus dropped frames). */
        long periods;

        /** Frame rate from device time, or NaN when fewer than two frames in a row. */
        double measuredRateHz() {
            return spanMs > 0 ? periods * 1000.0 / spanMs : Double.NaN;
        }
    }

    final Map<String, Device> devices = new LinkedHashMap<>();
    final Map<BadLineCategory, List<Example>> badExamples = new EnumMap<>(BadLineCategory.class);
    final List<Example> logExamples = new ArrayList<>();
    private Device current;
    private long previousTimeMs = -1;

    @Override
    public void onHello(Hello hello, long lineNumber) {
        Device d = devices.computeIfAbsent(hello.deviceId(), id -> new Device());
        if (d.hello == null) {
            d.firstLine = lineNumber;
        }
        if (d != current) {
            previousTimeMs = -1; // the decoder starts a new timeline for another device
        }
        d.hello = hello;
        d.hellos++;
        current = d;
    }

    @Override
    public void onFrame(Frame frame, long dropped, long lineNumber) {
        current.frames++;
        current.dropped += dropped;
        if (previousTimeMs >= 0) {
            current.spanMs += frame.deviceTimeMs() - previousTimeMs;
            current.periods += dropped + 1;
        }
        previousTimeMs = frame.deviceTimeMs();
    }

    @Override
    public void onLog(String text, long lineNumber) {
        if (logExamples.size() < LOG_EXAMPLES) {
            logExamples.add(new Example(lineNumber, text, null));
        }
    }

    @Override
    public void onBadLine(BadLine bad, long lineNumber) {
        List<Example> list = badExamples.computeIfAbsent(bad.category(), c -> new ArrayList<>());
        if (list.size() < EXAMPLES) {
            list.add(new Example(lineNumber, bad.detail(), bad.excerpt()));
        }
    }
}
