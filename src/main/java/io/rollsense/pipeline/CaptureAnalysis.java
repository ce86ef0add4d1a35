package io.rollsense.pipeline;

import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Analyzer;
import io.rollsense.core.Calibration;
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
 * Runs the analyzer over a capture (hello + frame lines as devices send them) at full speed. The
 * input is read in one place ({@link #read}) so another input (a recorded session) only needs
 * another way to feed the same decoder. A resent identical hello keeps the analyzer; a different
 * hello finishes it and starts a new one on the same timeline (times stay ms since the first valid
 * frame of the input). Not thread-safe.
 */
public final class CaptureAnalysis implements DecodeListener {
    private final AnalysisSettings settings;
    private final Calibration calibration;
    private final EventSink sink;
    private final LineDecoder decoder = new LineDecoder();

    private Hello hello;
    private Analyzer analyzer;
    private boolean needAnalyzer;
    private long framesAnalysed;
    private long skipped;
    private long strokes;
    private long lastRelMs = -1;
    private String failure;
    /** One-line notices for the user (what a damaged session file skipped). */
    public java.util.function.Consumer<String> notices = msg -> { };
    /** For a recorded session with several devices: which one ({@code null}: the first to say hello). */
    public String deviceId;

    /**
     * @param calibration calibration for every device, or {@code null} for the identity
     */
    public CaptureAnalysis(AnalysisSettings settings, Calibration calibration, EventSink sink) {
        this.settings = settings;
        this.calibration = calibration;
        this.sink = sink;
    }

    /**
     * Analyses a capture file, or a recorded session's raw lines, and returns the run's numbers (the
     * collector fills in the rest).
     */
    public RunSummary run(Path file, SummaryCollector collector) throws IOException {
        try (InputStream in = io.rollsense.session.SessionReader.isSession(file)
                ? io.rollsense.session.SessionReader.rawLineStream(file, deviceId) : Files.newInputStream(file)) {
            if (in instanceof io.rollsense.session.SessionReader.RawLineStream s) {
                if (s.readResult().skippedMessage() != null) {
                    notices.accept(file + ": " + s.readResult().skippedMessage() + "; analysing what it holds");
                }
                if (deviceId == null && s.devices().size() > 1) {
                    notices.accept(file + " holds " + s.devices().size() + " devices (" + String.join(", ", s.devices())
                            + "); analysing " + s.shownDevice() + " (choose with --device)");
                }
            } else if (deviceId != null) {
                throw new IOException("--device applies to recorded sessions; " + file + " is a capture");
            }
            read(in, this);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (failure != null) {
            throw new IOException(file + ": " + failure);
        }
        return summary(collector);
    }

    /** Feeds a stream to the decoder in 64 KiB chunks, then ends it and the analysis. */
    void read(InputStream in, DecodeListener listener) throws IOException {
        CaptureDecoding.decodeAll(in, decoder, listener);
        finishAnalyzer();
    }

    @Override
    public void onHello(Hello h, long lineNumber) {
        if (h.equals(hello)) {
            return;
        }
        finishAnalyzer();
        hello = h;
        needAnalyzer = true;
    }

    @Override
    public void onFrame(Frame frame, long dropped, long lineNumber) {
        if (failure != null) {
            return;
        }
        if (needAnalyzer) {
            needAnalyzer = false;
            long origin = lastRelMs < 0 ? frame.deviceTimeMs()
                    : frame.deviceTimeMs() - lastRelMs - Math.max(1, Math.round(1000 / hello.rateHz()));
            try {
                Calibration cal = calibration == null ? Calibration.identity(hello.channelCount()) : calibration;
                analyzer = new Analyzer(hello, settings, cal, origin);
            } catch (IllegalArgumentException e) {
                failure = e.getMessage();
                return;
            }
        }
        analyzer.onFrame(frame, sink);
        lastRelMs = Math.max(lastRelMs, analyzer.lastTimeMs());
    }

    private void finishAnalyzer() {
        if (analyzer != null) {
            analyzer.finish(sink);
            framesAnalysed += analyzer.frames();
            skipped += analyzer.skippedFrames();
            strokes += analyzer.strokes();
            analyzer = null;
        }
    }

    private RunSummary summary(SummaryCollector c) {
        return new RunSummary(decoder.stats(), framesAnalysed, skipped, strokes, Math.max(0, lastRelMs),
                c.count(io.rollsense.core.AlertKind.OVERPRESSURE), c.count(io.rollsense.core.AlertKind.SPINE),
                c.meanSpm(), c.rollingShare(), c.inTargetShare(),
                hello == null ? null : hello.deviceId(), hello == null ? null : hello.kind().wireName(),
                hello == null ? null : hello.unit().wireName(), calibration != null);
    }
}
