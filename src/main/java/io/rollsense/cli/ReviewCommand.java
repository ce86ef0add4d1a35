package io.rollsense.cli;

import io.rollsense.app.ReviewPlayer;
import io.rollsense.app.SessionSetup;
import io.rollsense.session.SessionData;
import io.rollsense.ui.review.ReviewWindow;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rollsense review ID|PATH}: the review window, whose playback runs through the pipeline
 * with the live run's sounds ({@link ReviewPlayer}); returns when it is closed.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Review a recorded session: zoomable timeline, alert list, playback at 1-10x.",
            "Playback beeps and speaks as live did (see docs/sound.md); --audio-out FILE.wav renders the sound to a file."})
final class ReviewCommand implements Callable<Integer> {
    @Mixin
    SessionArgument session;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", description = "Playback speed 1..10 (default ${DEFAULT-VALUE}).")
    double speed;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    SoundOptions sound = new SoundOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OptionRange.check(spec, "--speed", speed, 1, 10);
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("review needs a display (DISPLAY is not set); try 'rollsense report "
                    + session.idOrPath + " --out DIR' instead");
        }
        sound.settings(analysis); // bad sound options stop us before loading
        PrintWriter err = spec.commandLine().getErr();
        // Start the window toolkit and chart classes while the session loads (both take a while cold).
        SwingUtilities.invokeLater(ReviewWindow::warmUp);
        SessionData data = SessionSetup.load(session.file(), session.device, err);
        // Playback re-analyses as the live run did, unless analysis options are given.
        SessionSetup.Analysis replay = analysis.forSession(data.metadata(), err);
        new ReviewPlayer(data, replay.settings(), replay.calibration(),
                n -> sound.start(analysis, replay.settings(), err, null, n), msg -> err.println("rollsense: " + msg))
                .openAndWait(speed);
        return 0;
    }
}
