package io.rollsense.cli;

import io.rollsense.session.SessionData;
import io.rollsense.ui.review.ReviewWindow;
import java.awt.GraphicsEnvironment;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rollsense review ID|PATH}: the review window; returns when it is closed. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Review a recorded session: zoomable timeline, alert list, playback at 1-10x.")
final class ReviewCommand implements Callable<Integer> {
    @Mixin
    SessionArgument session;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", description = "Playback speed 1..10 (default ${DEFAULT-VALUE}).")
    double speed;

    @Mixin
    AnalysisOptions analysis;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OptionRange.check(spec, "--speed", speed, 1, 10);
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("review needs a display (DISPLAY is not set); try 'rollsense report "
                    + session.idOrPath + " --out DIR' instead");
        }
        java.nio.file.Path file = session.file();
        // Start the window toolkit and chart classes while the session loads (both take a while cold).
        SwingUtilities.invokeLater(ReviewWindow::warmUp);
        SessionData data = io.rollsense.app.SessionSetup.load(file, session.device, spec.commandLine().getErr());
        // Playback re-analyses as the live run did, unless analysis options are given.
        io.rollsense.app.SessionSetup.Analysis replay = analysis.forSession(data.metadata(), spec.commandLine().getErr());
        CountDownLatch closed = new CountDownLatch(1);
        SwingUtilities.invokeAndWait(() -> {
            ReviewWindow w = ReviewWindow.open(data, replay.settings(), replay.calibration(), speed);
            w.frame().addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    closed.countDown();
                }
            });
        });
        closed.await();
        return 0;
    }
}
