package io.rollsense.audio;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.PressureField;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Eyes-free coaching (issue 11): a metronome at the target pace, earcons for alerts and device
 * trouble, and spoken cues, mixed by one software mixer into the speaker and, with
 * {@code audio-out}, a WAV file of exactly the same sound. Add it to the pipeline as a listener.
 *
 * <p>Threads: the listener methods (analyzer thread) and {@link #announce} (any thread) only put a
 * small item on a bounded queue (a full queue drops the cue, counted) or write one volatile field;
 * they never block. The mixer runs on its own daemon thread {@code rollsense-audio}; speech is
 * synthesised on {@code rollsense-speech}; the speaker is opened (and re-opened) on
 * {@code rollsense-audio-device}. A slow or missing speaker loses sound, never frames.
 *
 * <p>Timing: without a speaker line the mixer follows the device time of the analysed frames, so
 * a WAV is deterministic and starts at the first frame (device time 0). The clock follows the first
 * device whose frames arrive; events and statuses of every device are played ({@code live --device +}),
 * those of other devices at the clock's "now", and with several devices a spoken cue names its device.
 *
 * <p>Errors: no audio device gives one notice ({@value LineOutput#UNAVAILABLE}) and everything
 * else goes on; a WAV file that cannot be created is an {@link IOException} from {@link #start}.
 */
public final class AudioCoach implements PipelineListener, AutoCloseable {
    static final int QUEUE_CAPACITY = 256;
    private final BlockingQueue<AudioLoop.Msg> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong droppedCues = new AtomicLong();
    private final CueLatency latency = new CueLatency();
    private final CueLatency speechLatency = new CueLatency();
    private final SoundMixer mixer = new SoundMixer();
    private final SpeechScheduler speech;
    private final SpeechEngine speechEngine;
    private final LineOutput line;
    private final String wavName;
    private final Thread thread;
    private final CoachRules rules;
    /** The beat (null when off); its tempo follows a routine step's band unless fixed by {@code --metronome SPM}. */
    private final Metronome metronome;
    private final boolean fixedTempo;
    private volatile AudioLoop.Tick tick;
    private volatile String followed;
    private volatile boolean muted;
    private volatile int volumePercent;
    private volatile boolean stopRequested;
    private volatile double cpuMsAtEnd = -1;
    private long lastFieldMs;
    private long epochMs;
    private int epoch;
    private boolean closed;

    private AudioCoach(SoundSettings sound, AnalysisSettings analysis, boolean speaker, Consumer<String> notices,
                       BooleanSupplier recordingFailed) throws IOException {
        muted = !sound.sound();
        volumePercent = sound.volumePercent();
        WavWriter wav = sound.audioOut() == null ? null : new WavWriter(sound.audioOut());
        wavName = sound.audioOut() == null ? null : sound.audioOut().toString();
        if (sound.voice()) {
            List<String> warm = new ArrayList<>(CoachRules.COMMON);
            if (sound.sayTimeEveryMin() > 0) {
                warm.add(sound.sayTimeEveryMin() == 1 ? "1 minute" : sound.sayTimeEveryMin() + " minutes");
            }
            speechEngine = new SpeechEngine(warm, notices);
        } else {
            speechEngine = null;
        }
        speech = new SpeechScheduler(speechEngine, mixer);
        Metronome metronome = sound.metronomeMode() == MetronomeMode.OFF ? null
                : new Metronome(sound.metronomeMode(), sound.metronomeSpmFor(analysis));
        CoachRules rules = new CoachRules(sound, analysis, mixer, speech, metronome);
        this.rules = rules;
        this.metronome = metronome;
        this.fixedTempo = !Double.isNaN(sound.metronomeSpm());
        line = speaker ? new LineOutput(notices) : null;
        AudioLoop loop = new AudioLoop(this, queue, mixer, speech, rules, metronome, line, wav, notices,
                recordingFailed, latency, speechLatency);
        thread = new Thread(loop, "rollsense-audio");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts the audio thread (and, with {@code speaker}, the search for an audio output).
     *
     * @param sound           the sound settings (volume, switches, metronome, WAV file)
     * @param analysis        the analysis settings: the target band sets the metronome and the pace cues
     * @param speaker         play on the default audio output (false: WAV only, e.g. tests)
     * @param notices         one-line messages for the console (no audio output, voice failure); any thread
     * @param recordingFailed polled about once a second: true once the session recorder has failed; may be null
     * @throws IOException when the WAV file cannot be created (names the file)
     */
    public static AudioCoach start(SoundSettings sound, AnalysisSettings analysis, boolean speaker,
                                   Consumer<String> notices, BooleanSupplier recordingFailed) throws IOException {
        return new AudioCoach(sound, analysis, speaker, notices, recordingFailed);
    }

    /**
     * Judges the pace against a new band from now on (a guided routine's step), strokes/min; any
     * thread, never blocks. The metronome moves to the band's middle from its next beat, unless a
     * fixed {@code --metronome SPM} was asked for.
     */
    public void targetBand(double minSpm, double maxSpm) {
        rules.band(minSpm, maxSpm);
        if (metronome != null && !fixedTempo) {
            metronome.retempo((minSpm + maxSpm) / 2);
        }
    }

    /**
     * Says {@code text} (e.g. a routine's step name) as soon as the voice is free; a more urgent cue
     * cuts a less urgent one short, and the same words are not repeated within 8 s. Any thread; never
     * blocks; nothing happens with the voice off.
     */
    public void announce(String text, CuePriority priority) {
        offer(new AudioLoop.Announce(text, priority, System.nanoTime()));
    }

    /** Mutes or unmutes every sound (the clock and the WAV go on, silent). Any thread. */
    public void muted(boolean m) {
        muted = m;
    }

    public boolean muted() {
        return muted;
    }

    /** Master volume 0..100. Any thread. */
    public void volumePercent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("volume must be in 0..100, was " + percent);
        }
        volumePercent = percent;
    }

    int volumePercent() {
        return volumePercent;
    }

    /**
     * The sound state in a few words for a status line: "sound off", "sound on",
     * "sound unavailable: no audio output", or "sound to FILE" when rendering to a file only.
     */
    public String state() {
        if (muted) {
            return "sound off";
        }
        if (line == null) {
            return wavName == null ? "sound on" : "sound to " + wavName;
        }
        return line.unavailable() ? LineOutput.UNAVAILABLE : "sound on";
    }

    @Override
    public void onField(String deviceId, PressureField field) {
        if (follows(deviceId)) { // the clock follows the first device with frames
            long t = field.timeMs();
            if (epoch == 0 || t < lastFieldMs) {
                epoch++;
                epochMs = t;
            }
            lastFieldMs = t;
            tick = new AudioLoop.Tick(t, System.nanoTime(), epochMs, epoch);
        }
    }

    @Override
    public void onEvent(String deviceId, AnalysisEvent event) {
        boolean clock = follows(deviceId);
        long deviceMs = clock ? Math.max(lastFieldMs, event.timeMs()) : lastFieldMs; // others: the clock's now
        offer(new AudioLoop.Event(deviceId, clock, event, deviceMs, System.nanoTime()));
    }

    @Override
    public void onStatus(StatusEvent status) {
        offer(new AudioLoop.Status(status.kind(), System.nanoTime()));
    }

    /** The pipeline stopped: the audio thread plays what is still sounding (at most 6 s), then ends. */
    @Override
    public void onStop() {
        stopRequested = true;
    }

    private boolean follows(String deviceId) {
        String f = followed;
        if (f == null) {
            followed = deviceId;
            return true;
        }
        return f.equals(deviceId);
    }

    private void offer(AudioLoop.Msg m) {
        if (!queue.offer(m)) {
            droppedCues.incrementAndGet();
        }
    }

    AudioLoop.Tick latestTick() {
        return tick;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    /**
     * Waits up to {@code millis} until the voice is loaded and the common phrases are synthesised
     * (about 2 s after start); true when ready or when the voice is off. For benchmarks and tests.
     */
    public boolean awaitVoice(long millis) throws InterruptedException {
        if (speechEngine == null) {
            return true;
        }
        try {
            speechEngine.warmed().get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** Waits up to {@code millis} for the audio thread to end (after {@link #onStop}); true when it has. */
    public boolean awaitEnd(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    /** Seconds of audio rendered so far. Any thread. */
    public double renderedSeconds() {
        return mixer.position() / (double) Synth.RATE;
    }

    /** Figures so far; exact after {@link #close()}. Any thread. */
    public AudioStats stats() {
        double[] l = latency.summary();
        double[] sp = speechLatency.summary();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu = mx.isThreadCpuTimeSupported() ? mx.getThreadCpuTime(thread.getId()) : -1;
        double blockMs = 1000.0 * SoundMixer.BLOCK / Synth.RATE;
        double lineMs = line == null ? 0 : line.bufferBytes() / 2.0 / Synth.RATE * 1000;
        double[] queued = line == null ? new double[] {0, 0} : line.queuedMs();
        double[] earcon = line == null ? new double[] {0, 0} : line.earconQueuedMs();
        boolean opened = line != null && line.everOpened();
        return new AudioStats(l[0], l[1], l[2], (int) l[3], sp[0], sp[2], opened ? AudioLoop.LEAD_BLOCKS * blockMs : 0,
                lineMs, queued[0], queued[1], earcon[0], earcon[1], mixer.position() / (double) Synth.RATE, line == null ? 0 : line.droppedBlocks(),
                droppedCues.get(), mixer.clippedSamples(), mixer.peakAbs() / 32767.0, speech.spoken(),
                cpu < 0 ? cpuMsAtEnd : cpu / 1e6);
    }

    /** Called by the audio thread as it ends, with its CPU time in ns (-1 unknown). */
    void ended(long cpuNanos) {
        cpuMsAtEnd = cpuNanos < 0 ? -1 : cpuNanos / 1e6;
    }

    /**
     * Stops the audio thread (after what is still sounding, at most 6 s of audio), finishes the WAV
     * file and closes the speaker. Idempotent; any thread but the audio thread.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        stopRequested = true;
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (line != null) {
            line.close();
        }
        if (speechEngine != null) {
            speechEngine.close();
        }
    }
}
