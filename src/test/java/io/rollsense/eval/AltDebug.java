package io.rollsense.eval;

import io.rollsense.core.AnalysisSettings;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.sim.alt.AltSession;

/** Manual tool: one session's truth parts next to the detector's per-second output (-Drhythm.debug=true). Args: alt|sim kind seed. */
public final class AltDebug {
    public static void main(String[] args) {
        DeviceKind kind = DeviceKind.fromWire(args[1]);
        long seed = Long.parseLong(args[2]);
        RhythmRun run;
        if (args[0].equals("alt")) {
            AltSession s = AltSession.draw(kind, seed);
            System.err.println(s.hello() + " " + s.device().unit());
            run = RhythmRun.of(s, AnalysisSettings.DEFAULTS);
        } else {
            run = RhythmEvaluation.runs("sim", kind, seed, AnalysisSettings.DEFAULTS).get(args.length > 3 ? 1 : 0);
        }
        for (RhythmTruth.Segment seg : run.truth().segments()) {
            System.err.println("SEG " + seg.startMs() / 1000 + ".." + seg.endMs() / 1000 + " spm " + seg.spm() + (seg.sitUp() ? " situp" : "")
                    + " strokes " + run.strokesBetween(seg.startMs(), seg.endMs()) + "/" + run.truth().strokesBetween(seg.startMs(), seg.endMs()));
        }
        System.err.println("detected " + run.strokesMs);
        System.err.println("truth " + java.util.Arrays.toString(run.truth().strokesMs()));
        System.err.println("strokes " + run.strokesMs.size() + " truth " + run.truth().strokesMs().length);
    }
}
