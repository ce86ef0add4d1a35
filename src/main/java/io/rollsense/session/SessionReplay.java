package io.rollsense.session;

import io.rollsense.api.PipelineListener;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.DeviceAnalysis;
import io.rollsense.core.PressureField;
import io.rollsense.core.Calibration;
import io.rollsense.protocol.BadLine;
import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.LineDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Plays a recorded session back through a {@link PipelineListener} (e.g. the live view): the raw
 * lines are decoded again and run through a fresh {@link DeviceAnalysis} (the live run's rule for a new hello), paced by device time at 1–10×.
 * Frames before the start position are analysed at full speed without being shown, so the analyzer
 * state is the live run's. Threading: one thread named {@code session-replay} owns the decoder,
 * the analyzer and every listener call; {@link #setSpeed}, {@link #setPaused}, {@link #stop} and
 * {@link #positionMs} may be called from any thread. Never throws into the listener's caller.
 */
public final class SessionReplay {
    /** Lowest and highest playback speed. */
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 10;

    private final Path file;
    private final AnalysisSettings settings;
    private final Calibration calibration;
    private final PipelineListener listener;
    private final long startMs;
    private final Thread thread;
    private volatile double speed = 1;
    private volatile boolean paused;
    private volatile boolean stopped;
    private volatile long positionMs;
    private volatile boolean finished;
    private final Object pacing = new Object();
    private final String deviceId;
    private final java.util.Set<String> devices;

    /**
     * @param file        the session file; its raw lines are streamed from it on the replay thread
     * @param calibration the calibration the live run used, or {@code null} for the identity
     * @param startMs     device time (ms since the first frame) from which frames are shown and paced
     */
    public SessionReplay(Path file, AnalysisSettings settings, Calibration calibration, PipelineListener listener,
                         long startMs) {
        this(file, settings, calibration, listener, startMs, null, java.util.List.of());
    }

    /**
     * Plays one device of a session that holds several ({@code live --mqtt --device +}): only lines
     * recorded for {@code deviceId}, or under a connection name before a hello (not one of
     * {@code devices}), are decoded, as the live run decoded each device apart.
     *
     * @param deviceId the device to play, or {@code null} for every line (one-device sessions)
     * @param devices  every device id of the session ({@link SessionData#deviceIds()})
     */
    public SessionReplay(Path file, AnalysisSettings settings, Calibration calibration, PipelineListener listener,
                         long startMs, String deviceId, java.util.List<String> devices) {
        this.deviceId = devices.size() > 1 ? deviceId : null;
        this.devices = java.util.Set.copyOf(devices);
        this.file = file;
        this.settings = settings;
        this.calibration = calibration;
        this.listener = listener;
        this.startMs = startMs;
        this.positionMs = startMs;
        this.thread = new Thread(this::run, "session-replay");
        thread.setDaemon(true);
    }

    /** Starts playback on its own thread. */
    public SessionReplay start() {
        thread.start();
        return this;
    }

    /** Sets the speed, clamped to 1..10 (takes effect at once). */
    public void setSpeed(double s) {
        synchronized (pacing) {
            speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, s));
            pacing.notifyAll();
        }
    }

    public void setPaused(boolean p) {
        synchronized (pacing) {
            paused = p;
            pacing.notifyAll();
        }
    }

    /** Stops playback; the listener's {@code onStop} is called on the replay thread. */
    public void stop() {
        synchronized (pacing) {
            stopped = true;
            pacing.notifyAll();
        }
    }

    /** Device time shown last, ms since the first frame. */
    public long positionMs() {
        return positionMs;
    }

    /** Whether playback reached the end or was stopped. */
    public boolean finished() {
        return finished;
    }

    /** Waits for the replay thread to end. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        thread.join(unit.toMillis(timeout));
        return !thread.isAlive();
    }

    /** Whether a line recorded for {@code lineDevice} belongs to the device being played. */
    private boolean plays(String lineDevice) {
        return deviceId == null || lineDevice == null || lineDevice.equals(deviceId) || !devices.contains(lineDevice);
    }

    private void run() {
        Feed feed = new Feed();
        LineDecoder decoder = new LineDecoder();
        try {
            SessionReader.read(file, new SessionVisitor() {
                @Override
                public void rawLine(long hostOffsetMs, String lineDevice, String line) {
                    if (stopped || !plays(lineDevice)) {
                        return;
                    }
                    feed.current = new SessionData.RawLine(hostOffsetMs, lineDevice, line);
                    byte[] b = (line + "\n").getBytes(StandardCharsets.ISO_8859_1);
                    decoder.feed(b, 0, b.length, feed);
                }
            });
            decoder.finish(feed);
            if (!stopped) {
                feed.analysis.finish(e -> listener.onEvent(feed.deviceId(), e));
            }
        } catch (java.io.IOException e) {
            listener.onStatus(new io.rollsense.api.StatusEvent(io.rollsense.api.StatusEvent.Kind.LOG, null,
                    "replay stopped: " + e.getMessage(), System.currentTimeMillis()));
        } finally {
            finished = true;
            listener.onStop();
        }
    }

    /** Decoder callbacks: analyse, pace and forward. */
    private final class Feed implements DecodeListener {
        SessionData.RawLine current;
        final DeviceAnalysis analysis = new DeviceAnalysis(settings, this::calibrationFor, this::problem);
        long firstFrameMs = Long.MIN_VALUE;
        long anchorNanos;
        long anchorMs = Long.MIN_VALUE;
        double anchorSpeed;

        String deviceId() {
            Hello hello = analysis.hello();
            return hello != null ? hello.deviceId() : current == null ? null : current.deviceId();
        }

        /** The live run's calibration when it fits the device, else the identity (as the live run fell back). */
        private Calibration calibrationFor(Hello h) {
            return calibration != null && calibration.channelCount() == h.channelCount() ? calibration
                    : Calibration.identity(h.channelCount());
        }

        private void problem(String message) {
            listener.onStatus(new io.rollsense.api.StatusEvent(io.rollsense.api.StatusEvent.Kind.LOG, deviceId(), message,
                    System.currentTimeMillis()));
        }

        boolean showing() {
            return positionMs >= startMs;
        }

        @Override
        public void onRawLine(byte[] line, int off, int len, long lineNumber) {
            if (showing()) {
                listener.onRawLine(current.deviceId(), current.line(), System.currentTimeMillis());
            }
        }

        @Override
        public void onHello(Hello h, long lineNumber) {
            String dev = deviceId(); // events of the old layout still carry the old device id
            analysis.onHello(h, e -> {
                if (showing()) {
                    listener.onEvent(dev, e);
                }
            });
            listener.onHello(h, System.currentTimeMillis());
        }

        @Override
        public void onFrame(Frame frame, long dropped, long lineNumber) {
            if (firstFrameMs == Long.MIN_VALUE) {
                firstFrameMs = frame.deviceTimeMs();
            }
            long t = frame.deviceTimeMs() - firstFrameMs;
            boolean show = t >= startMs;
            if (show) {
                pace(t);
            }
            positionMs = Math.max(positionMs, t);
            String dev = deviceId();
            PressureField field = analysis.onFrame(frame, e -> {
                if (show) {
                    listener.onEvent(dev, e);
                }
            });
            if (show && field != null) {
                listener.onField(dev, field);
            }
        }

        @Override
        public void onBadLine(BadLine bad, long lineNumber) {
            if (showing()) {
                listener.onBadLine(deviceId(), bad, System.currentTimeMillis());
            }
        }

        /** Sleeps until device time {@code t} is due at the current speed; handles pause and speed changes. */
        private void pace(long t) {
            synchronized (pacing) {
                while (!stopped) {
                    if (paused) {
                        anchorMs = Long.MIN_VALUE;
                        waitQuietly(0);
                        continue;
                    }
                    if (anchorMs == Long.MIN_VALUE || anchorSpeed != speed) {
                        anchorMs = anchorMs == Long.MIN_VALUE ? t : anchorMs + elapsedMs();
                        anchorNanos = System.nanoTime();
                        anchorSpeed = speed;
                    }
                    long dueNanos = anchorNanos + (long) ((t - anchorMs) * 1_000_000L / anchorSpeed);
                    long wait = dueNanos - System.nanoTime();
                    if (wait <= 0) {
                        return;
                    }
                    waitQuietly(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)));
                }
            }
        }

        private long elapsedMs() {
            return (long) ((System.nanoTime() - anchorNanos) / 1_000_000L * anchorSpeed);
        }

        private void waitQuietly(long ms) {
            try {
                pacing.wait(ms);
            } catch (InterruptedException e) {
                stopped = true;
                Thread.currentThread().interrupt();
            }
        }
    }
}
