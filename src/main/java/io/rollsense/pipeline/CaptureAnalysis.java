package io.rollsense.pipeline;

import io.rollsense.api.RunSummary;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Calibration;
import io.rollsense.core.DeviceAnalysis;
import io.rollsense.core.EventSink;
import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.LineDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the analysis over a capture (hello + frame lines as devices send them) at full speed. The
 * input is read in one place ({@link #read}) so another input (a recorded session) only needs
 * another way to feed the same decoder. A new hello follows the one rule of {@link DeviceAnalysis};
 * an analyzer that cannot start (a calibration that does not fit, newtons without an area) leaves
 * its frames counted, not analysed, and {@link #notAnalysedReason} says why.
 * Not thread-safe.
 */
public final class CaptureAnalysis implements DecodeListener {
    private final boolean calibrated;
    private final EventSink sink;
    private final LineDecoder decoder = new LineDecoder();
    private final DeviceAnalysis analysis;
    private String failure;
    /** One-line notices for the user (what a damaged session file skipped). */
    public java.util.function.Consumer<String> notices = msg -> { };
    /** For a recorded session with several devices: which one ({@code null}: the first to say hello). */
    public String deviceId;

    /**
     * @param calibration calibration for every device, or {@code null} for the identity
     */
    public CaptureAnalysis(AnalysisSettings settings, Calibration calibration, EventSink sink) {
        this.calibrated = calibration != null;
        this.sink = sink;
        DeviceAnalysis.Calibrations cals = calibration == null ? DeviceAnalysis.Calibrations.identity() : h -> calibration;
        this.analysis = new DeviceAnalysis(settings, cals, msg -> {
            if (failure == null) {
                failure = msg;
            }
        });
    }

    /**
     * Analyses a capture file, or a recorded session's raw lines, and returns the run's numbers (the
     * collector fills in the rest).
     */
    public RunSummary run(Path file, SummaryCollector collector) throws IOException {
        try (InputStream in = io.rollsense.session.SessionReader.isSession(file)
                ? io.rollsense.session.SessionReader.rawLineStream(file, deviceId) : Files.newInputStream(file)) {
            if (in instanceof io.rollsense.session.SessionReader.RawLineStream s) {
                analysis.replayTares(s.tares()); // tares asked for in the live window, repeated
                if (s.readResult().skippedMessage() != null) {
                    notices.accept(file + ": " + s.readResult().skippedMessage() + "; analysing what it holds");
                }
                if (deviceId == null && s.devices().size() > 1) {
                    notices.accept(file + " holds " + io.rollsense.session.DeviceNames.counted(s.devices())
                            + "; analysing " + s.shownDevice() + " (choose with --device)");
                }
            } else if (deviceId != null) {
                throw new IOException("--device applies to recorded sessions; " + file + " is a capture");
            }
            read(in, this);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return summary(collector);
    }

    /** Feeds a stream to the decoder in 64 KiB chunks, then ends it and the analysis. */
    void read(InputStream in, DecodeListener listener) throws IOException {
        CaptureDecoding.decodeAll(in, decoder, listener);
        analysis.finish(sink);
    }

    @Override
    public void onHello(Hello h, long lineNumber) {
        analysis.onHello(h, sink);
    }

    @Override
    public void onFrame(Frame frame, long dropped, long lineNumber) {
        analysis.onFrame(frame, sink); // a layout that cannot be analysed is skipped (counted) by the analysis
    }

    /** Why some frames could not be analysed (the first problem, see {@link io.rollsense.core.Analyzer#unanalysableReason}), or {@code null}. */
    public String notAnalysedReason() {
        return failure;
    }

    /** Forward jumps of device time treated as gaps ({@link io.rollsense.core.Analyzer#MAX_TIME_JUMP_MS}). */
    public long timeJumps() {
        return analysis.timeJumps();
    }

    private RunSummary summary(SummaryCollector c) {
        Hello hello = analysis.hello();
        return new RunSummary(decoder.stats(), analysis.framesAnalysed(), analysis.skippedFrames(), analysis.strokes(),
                Math.max(0, analysis.lastTimeMs()),
                c.count(io.rollsense.core.AlertKind.OVERPRESSURE), c.count(io.rollsense.core.AlertKind.SPINE),
                c.meanSpm(), c.rollingShare(), c.inTargetShare(),
                hello == null ? null : hello.deviceId(), hello == null ? null : hello.kind().wireName(),
                hello == null ? null : hello.unit().wireName(), calibrated);
    }
}
