package io.rollsense.pipeline;

import io.rollsense.api.Playback;
import io.rollsense.api.PipelineListener;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Calibration;
import io.rollsense.protocol.Hello;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Review playback through the one analysis runner: a {@link Pipeline} whose only source is the
 * recorded session ({@link SessionSource}, paced by the one pacer), with the live run's settings
 * and calibration (the identity for a device it does not fit, as the live run fell back), feeding
 * the given listeners from the start position on ({@link FromPosition}). So playback gives the
 * events of the live run, by the same rule for a new hello as every other command.
 *
 * <p>Threads: the pipeline's {@code rollsense-analyzer} thread calls the listeners; control
 * methods are thread-safe. No Ctrl-C hook (the review window owns the process's end).
 */
public final class SessionPlayback implements Playback {
    private final SessionSource source;
    private final Pipeline pipeline;

    private SessionPlayback(SessionSource source, Pipeline pipeline) {
        this.source = source;
        this.pipeline = pipeline;
    }

    /**
     * Starts playing {@code file}.
     *
     * @param calibration the live run's calibration, or {@code null} for the identity
     * @param deviceId    the device to play of a session with several, or {@code null}
     * @param devices     every device id of the session
     * @param fromMs      ms since the first frame from which the listeners are fed and pacing starts
     * @param speed       × real time, clamped to {@value Playback#MIN_SPEED}..{@value Playback#MAX_SPEED}
     * @param listeners   called in order, each from {@code fromMs} on
     */
    public static SessionPlayback start(Path file, AnalysisSettings settings, Calibration calibration, String deviceId,
                                        List<String> devices, long fromMs, double speed,
                                        List<? extends PipelineListener> listeners) {
        SessionSource source = new SessionSource(file, fromMs, clamp(speed), deviceId, devices);
        Pipeline.Builder b = Pipeline.builder().source(source).settings(settings).shutdownHook(false)
                .calibrations((Hello h) -> calibration != null && calibration.channelCount() == h.channelCount()
                        ? calibration : Calibration.identity(h.channelCount()));
        listeners.forEach(l -> b.listener(new FromPosition(l, fromMs)));
        SessionPlayback p = new SessionPlayback(source, b.build());
        p.pipeline.start();
        return p;
    }

    private static double clamp(double s) {
        return Math.max(MIN_SPEED, Math.min(MAX_SPEED, s));
    }

    @Override
    public void setSpeed(double speed) {
        source.pacer().setSpeed(clamp(speed));
    }

    @Override
    public void setPaused(boolean paused) {
        source.pacer().setPaused(paused);
    }

    @Override
    public void stop() {
        source.pacer().setPaused(false);
        pipeline.stop();
    }

    @Override
    public long positionMs() {
        return source.positionMs();
    }

    @Override
    public boolean finished() {
        try {
            return pipeline.awaitStopped(Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return pipeline.awaitStopped(Duration.ofNanos(unit.toNanos(timeout)));
    }
}
