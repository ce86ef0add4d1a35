package io.rollsense.pipeline;

import io.rollsense.api.LatencySummary;
import io.rollsense.api.PipelineControl;
import io.rollsense.api.PipelineListener;
import io.rollsense.api.PipelineStats;
import io.rollsense.api.RecordingControl;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.DeviceAnalysis;
import io.rollsense.protocol.Hello;
import io.rollsense.source.FrameSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The live pipeline: sources → decoding → bounded queue → one analyzer thread → listeners.
 *
 * <p>Threads: every {@link FrameSource} reads on its own named thread and only decodes (one
 * {@code LineDecoder} per channel) and offers each decoded line to a bounded queue; a full queue
 * counts a drop ({@link PipelineStats#queueDrops()}) and never blocks the reader. One thread named
 * {@code rollsense-analyzer} owns one {@code Analyzer} per device (created on its hello, re-created
 * when the channel layout changes) and calls the {@link PipelineListener}s in order. Raw lines are
 * passed on as ISO-8859-1 strings, so every char is one received byte.
 *
 * <p>Lifecycle: {@link #run(Duration)} starts everything and blocks until the duration is reached,
 * every source has ended, {@link #stop()} is called, or the JVM is interrupted (Ctrl-C: a shutdown
 * hook stops the pipeline and waits for its clean end). Stopping closes the sources, analyses what
 * is still queued, finishes every analyzer (clearing raised alerts), reports final bad-line counts,
 * then calls {@link PipelineListener#onStop()} once. Control methods are thread-safe.
 *
 * <p>Failures: one device's analyzer that throws (an exception, a stack overflow) stops only that
 * device's analysis, reported once; every other device goes on. An error that kills the analyzer
 * thread itself (out of memory) ends the run: {@link #run} throws {@link IllegalStateException}
 * naming it, so the command exits 1 with a message, never a silent 0.
 */
public final class Pipeline implements PipelineControl {
    private final List<FrameSource> sources;
    private final ListenerFanout out;
    private final AnalysisSettings settings;
    private final DeviceAnalysis.Calibrations calibrations;
    private final boolean recording;
    private final RecordingControl session;
    private final boolean shutdownHook;
    private final BlockingQueue<QueueItem> queue;
    private final DecodingAdapter adapter;
    private final LatencyRecorder latency = new LatencyRecorder();
    private final Map<String, DeviceChannel> channels = new HashMap<>();
    /** Devices one process decodes at once by default; data of further devices is counted and ignored. */
    public static final int MAX_DEVICES = 1000;
    /** A device without a line for this long (host time, ms) has its analysis released (see {@link DeviceChannel#release}). */
    public static final long QUIET_RELEASE_MS = 60_000;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean tareRequested = new AtomicBoolean();
    private final AtomicBoolean undoTareRequested = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread analyzerThread;
    private volatile boolean stopRequested;
    /** What killed the analyzer thread (out of memory, ...), or {@code null}: {@link #run} then throws. */
    private volatile Throwable fatal;
    private volatile PipelineStats lastStats = new PipelineStats(0, 0, 0, 0, 0, 0, new LatencySummary(0, 0, 0, 0));

    private Pipeline(Builder b) {
        sources = List.copyOf(b.sources);
        out = new ListenerFanout(b.listeners);
        settings = b.settings;
        calibrations = b.calibrations;
        recording = b.recording;
        session = b.session;
        shutdownHook = b.shutdownHook;
        queue = new ArrayBlockingQueue<>(b.queueCapacity);
        adapter = new DecodingAdapter(queue, b.maxDevices);
        analyzerThread = new Thread(this::loop, "rollsense-analyzer");
        analyzerThread.setDaemon(true);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts the analyzer thread and the sources; returns at once. Idempotent. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        analyzerThread.start();
        for (FrameSource s : sources) {
            s.start(adapter);
        }
    }

    /**
     * Starts (if needed) and blocks until the pipeline has stopped and {@code onStop} was called.
     *
     * @param maxDuration stop after this long; {@code null} or zero = until stop, end of input or Ctrl-C
     * @return the final counters
     */
    public PipelineStats run(Duration maxDuration) throws InterruptedException {
        Thread hook = shutdownHook ? new Thread(this::stopAndWait, "rollsense-shutdown") : null;
        if (hook != null) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
        try {
            start();
            boolean bounded = maxDuration != null && !maxDuration.isZero() && !maxDuration.isNegative();
            if (bounded && !done.await(maxDuration.toNanos(), TimeUnit.NANOSECONDS)) {
                stop();
            }
            done.await();
            Throwable t = fatal;
            if (t != null) {
                throw new IllegalStateException("analysis stopped for every device: " + t, t);
            }
        } finally {
            if (hook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it waits for the clean end itself
                }
            }
        }
        return lastStats;
    }

    private void stopAndWait() {
        stop();
        try {
            done.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits at most {@code timeout} for the pipeline to have stopped; true when it has. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void requestTare() {
        tareRequested.set(true);
    }

    @Override
    public void undoTare() {
        undoTareRequested.set(true);
    }

    /** True while the session recorder writes; false after a write failure (see {@link Builder#session}). */
    @Override
    public boolean recording() {
        return session != null ? session.recording() : recording;
    }

    @Override
    public boolean recordingFailed() {
        return session != null && session.failed();
    }

    @Override
    public void setPainBefore(int pain) {
        PipelineControl.checkPain(pain);
        if (session != null) {
            session.setPainBefore(pain);
        }
    }

    @Override
    public void setPainAfter(int pain) {
        PipelineControl.checkPain(pain);
        if (session != null) {
            session.setPainAfter(pain);
        }
    }

    @Override
    public void addNote(String note) {
        if (session != null && note != null && !note.isBlank()) {
            session.addNote(note.strip());
        }
    }

    @Override
    public void stop() {
        stopRequested = true;
    }

    /** Forgets the latencies measured so far (benchmarks: leave out the JIT warm-up). Thread-safe. */
    public void resetLatency() {
        latency.reset();
    }

    /** Counters so far; exact once stopped. Thread-safe. */
    public PipelineStats stats() {
        return lastStats;
    }

    private void loop() {
        long lastTickMs = 0;
        try {
            while (!stopRequested && !(adapter.endedSources() >= sources.size() && queue.isEmpty())) {
                QueueItem item = queue.poll(50, TimeUnit.MILLISECONDS);
                for (int n = 0; item != null && n < 4096; n++) {
                    handle(item);
                    item = n < 4095 ? queue.poll() : null;
                }
                for (QueueItem st; (st = adapter.pollOverflow()) != null; ) {
                    handle(st);
                }
                if (tareRequested.getAndSet(false)) {
                    channels.values().forEach(DeviceChannel::requestTare);
                }
                if (undoTareRequested.getAndSet(false)) {
                    channels.values().forEach(DeviceChannel::undoTare);
                }
                long now = System.currentTimeMillis();
                if (now - lastTickMs >= 250) {
                    lastTickMs = now;
                    channels.values().forEach(c -> {
                        c.reportCounts(now, false);
                        if (c.holdsAnalyzer() && now - c.lastLineHostMs >= QUIET_RELEASE_MS) {
                            c.release();
                        }
                    });
                    updateStats();
                    out.onTick(now);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) { // an Error one device's isolation could not catch: the whole run is lost
            fatal = t;
        } finally {
            try {
                shutdown();
            } catch (Throwable t) {
                if (fatal == null) {
                    fatal = t;
                }
                done.countDown();
            }
        }
    }

    private void shutdown() {
        try {
            for (FrameSource s : sources) {
                try {
                    s.close();
                } catch (RuntimeException e) {
                    out.onStatus(new StatusEvent(StatusEvent.Kind.LOG, s.name(), "closing " + s.name() + " failed: " + e,
                            System.currentTimeMillis()));
                }
            }
            for (QueueItem item; (item = queue.poll()) != null || (item = adapter.pollOverflow()) != null; ) {
                handle(item);
            }
            long now = System.currentTimeMillis();
            for (DeviceChannel c : channels.values()) {
                c.finish();
                c.reportCounts(now, true);
            }
            long refused = adapter.refusedChunks();
            if (refused > 0) {
                out.onStatus(new StatusEvent(StatusEvent.Kind.LOG, "pipeline", refused
                        + " message(s) from devices past the device cap ignored", now, refused));
            }
            long drops = adapter.queueDrops();
            if (drops > 0) {
                out.onStatus(new StatusEvent(StatusEvent.Kind.DROPPED, "pipeline",
                        drops + " line(s) lost because the analyzer fell behind (queue full)", now, drops));
            }
            updateStats();
            out.onStop();
        } finally {
            done.countDown();
        }
    }

    /** Handles one item on the analyzer thread. */
    private void handle(QueueItem item) {
        if (item instanceof QueueItem.Line line) {
            channel(line.channel()).onLine(line, latency);
        } else if (item instanceof QueueItem.Status st) {
            DeviceChannel c = channels.get(st.channel());
            if (c != null && st.kind() == StatusEvent.Kind.OFFLINE) {
                c.release();
            }
            String device = c != null ? c.deviceId() : st.channel();
            out.onStatus(new StatusEvent(st.kind(), device, st.message(), st.hostTimeMs()));
        }
    }

    private DeviceChannel channel(String name) {
        return channels.computeIfAbsent(name, n -> new DeviceChannel(n, settings, calibrations, out));
    }

    private void updateStats() {
        long frames = 0;
        long bad = 0;
        long dropped = 0;
        long errors = 0;
        for (DeviceChannel c : channels.values()) {
            frames += c.frames;
            bad += c.badLines;
            dropped += c.droppedFrames;
            errors += c.analysisErrors();
        }
        lastStats = new PipelineStats(frames, bad, dropped, adapter.queueDrops(), errors, channels.size(),
                latency.summary());
    }

    /** Builds a {@link Pipeline}. Not thread-safe. */
    public static final class Builder {
        private final List<FrameSource> sources = new ArrayList<>();
        private final List<PipelineListener> listeners = new ArrayList<>();
        private AnalysisSettings settings = AnalysisSettings.DEFAULTS;
        private DeviceAnalysis.Calibrations calibrations = DeviceAnalysis.Calibrations.identity();
        private int queueCapacity = 65_536;
        private boolean recording;
        private RecordingControl session;
        private boolean shutdownHook = true;
        private int maxDevices = MAX_DEVICES;

        private Builder() {
        }

        /** Devices decoded at once (1..1,000,000; default {@value Pipeline#MAX_DEVICES}); further ones are counted and ignored. */
        public Builder maxDevices(int devices) {
            if (devices < 1 || devices > 1_000_000) {
                throw new IllegalArgumentException("maxDevices must be in 1..1000000, was " + devices);
            }
            maxDevices = devices;
            return this;
        }

        /** Adds a source (at least one). */
        public Builder source(FrameSource source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /** Adds a listener; listeners are called in the order added. */
        public Builder listener(PipelineListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Adds listeners in order. */
        public Builder listeners(List<? extends PipelineListener> more) {
            more.forEach(this::listener);
            return this;
        }

        /** Analysis settings (default {@link AnalysisSettings#DEFAULTS}). */
        public Builder settings(AnalysisSettings value) {
            settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /**
         * The calibration for each device's hello (a calibration file, say); default the identity.
         * Analyzers are made by {@link DeviceAnalysis}, the one rule for a new hello.
         */
        public Builder calibrations(DeviceAnalysis.Calibrations value) {
            calibrations = Objects.requireNonNull(value, "calibrations");
            return this;
        }

        /** Capacity of the reader-to-analyzer queue in lines (16..10,000,000; default 65,536). */
        public Builder queueCapacity(int lines) {
            if (lines < 16 || lines > 10_000_000) {
                throw new IllegalArgumentException("queueCapacity must be in 16..10000000, was " + lines);
            }
            queueCapacity = lines;
            return this;
        }

        /** Whether a session recorder is among the listeners (shown by views). */
        public Builder recording(boolean value) {
            recording = value;
            return this;
        }

        /**
         * The session recorder (also added as a listener by the caller, or failed to start): the
         * pipeline's {@link #recording()} then follows it, and pain ratings and notes go to it.
         */
        public Builder session(RecordingControl value) {
            session = Objects.requireNonNull(value, "session");
            recording = true;
            return this;
        }

        /** Whether {@link #run} installs a Ctrl-C shutdown hook (default true; tests turn it off). */
        public Builder shutdownHook(boolean value) {
            shutdownHook = value;
            return this;
        }

        public Pipeline build() {
            if (sources.isEmpty()) {
                throw new IllegalStateException("a pipeline needs at least one source");
            }
            return new Pipeline(this);
        }
    }
}
