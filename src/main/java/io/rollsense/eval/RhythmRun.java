package io.rollsense.eval;

import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Analyzer;
import io.rollsense.core.EventSink;
import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.LineDecoder;
import io.rollsense.sim.Simulator;
import io.rollsense.sim.alt.AltSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rhythm events of one session: frames through a fresh {@link Analyzer} with the identity
 * calibration (a raw device stays uncalibrated), cadence events and stroke times kept.
 */
public final class RhythmRun implements EventSink {
    final List<AnalysisEvent.Cadence> cadences = new ArrayList<>();
    final List<Long> strokesMs = new ArrayList<>();
    private final AnalysisSettings settings;
    private Analyzer analyzer;

    private RhythmRun(AnalysisSettings settings) {
        this.settings = settings;
    }

    /** A session of the second body model. */
    public static RhythmRun of(AltSession session, AnalysisSettings settings) {
        RhythmRun run = new RhythmRun(settings);
        run.analyzer = new Analyzer(session.hello(), settings);
        run.truth = RhythmTruth.of(session.run(f -> run.analyzer.onFrame(f, run)));
        return run;
    }

    /** A session of the first simulator, through the real line decoder. */
    public static RhythmRun of(Simulator sim, AnalysisSettings settings) {
        RhythmRun run = new RhythmRun(settings);
        LineDecoder decoder = new LineDecoder();
        DecodeListener listener = new DecodeListener() {
            @Override
            public void onHello(Hello hello, long lineNumber) {
                if (run.analyzer == null) {
                    run.analyzer = new Analyzer(hello, settings);
                }
            }

            @Override
            public void onFrame(Frame frame, long dropped, long lineNumber) {
                run.analyzer.onFrame(frame, run);
            }
        };
        String line;
        while ((line = sim.nextLine()) != null) {
            byte[] b = (line + "\n").getBytes(StandardCharsets.ISO_8859_1);
            decoder.feed(b, 0, b.length, listener);
        }
        decoder.finish(listener);
        run.truth = RhythmTruth.of(sim.groundTruth(settings.overpressureKpaFor(sim.hello().kind()),
                settings.spineKpaFor(sim.hello().kind()), settings.spineZoneMm()));
        return run;
    }

    RhythmTruth truth;

    public RhythmTruth truth() {
        return truth;
    }

    @Override
    public void accept(AnalysisEvent event) {
        if (event instanceof AnalysisEvent.Cadence c) {
            cadences.add(c);
        } else if (event instanceof AnalysisEvent.Stroke s) {
            strokesMs.add(s.timeMs());
        }
    }

}
