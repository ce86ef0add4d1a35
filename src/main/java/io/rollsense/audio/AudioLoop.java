package io.rollsense.audio;

import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisEvent;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The body of the audio thread {@code rollsense-audio}: takes cues from the queue, lets the
 * {@link AudioClock} say how far to render, and renders 10 ms blocks through the rules, the
 * metronome, the speech scheduler and the mixer into the line and the WAV file alike. A failing
 * WAV file is reported once and closed; the speaker goes on. Never blocks on the analyzer or the
 * Swing thread; its only waits are the queue poll (5 ms) and, when following device time only,
 * the synthesis of a cue's words.
 */
final class AudioLoop implements Runnable {
    /** Blocks rendered ahead of the host clock for a line. */
    static final int LEAD_BLOCKS = 3;
    /** Longest tail rendered after stop (speech, repeats) in ms. */
    static final long TAIL_MAX_MS = 6_000;

    /** Items of the audio queue. */
    sealed interface Msg permits Event, Status, Announce {
    }

    /** An event of {@code device}; {@code clockDevice}: the device the clock follows. */
    record Event(String device, boolean clockDevice, AnalysisEvent event, long deviceMs, long nanos) implements Msg {
    }

    record Status(StatusEvent.Kind kind, long nanos) implements Msg {
    }

    record Announce(String text, CuePriority priority, long nanos) implements Msg {
    }

    /**
     * The latest analysed frame's device time and host time (one volatile write per frame), with the
     * device time where its analysis began ({@code epochMs}: the first frame, or the first after device
     * time went back): the mixer anchors there, however late it reads its first tick.
     */
    record Tick(long deviceMs, long nanos, long epochMs, int epoch) {
    }

    private final BlockingQueue<Msg> queue;
    private final AudioCoach coach;
    private final SoundMixer mixer;
    private final SpeechScheduler speech;
    private final CoachRules rules;
    private final Metronome metronome;
    private final LineOutput line;
    private final Consumer<String> notices;
    private final BooleanSupplier recordingFailed;
    private final CueLatency latency;
    private final CueLatency speechLatency;
    private final boolean[] startedSpeech = new boolean[64];
    private final AudioClock clock = new AudioClock(System.nanoTime());
    private final long[] started = new long[64];
    private WavWriter wav;
    private Tick seen;
    private int startedCount;
    private long nextRecordingCheckNanos;

    AudioLoop(AudioCoach coach, BlockingQueue<Msg> queue, SoundMixer mixer, SpeechScheduler speech, CoachRules rules,
              Metronome metronome, LineOutput line, WavWriter wav, Consumer<String> notices,
              BooleanSupplier recordingFailed, CueLatency latency, CueLatency speechLatency) {
        this.coach = coach;
        this.queue = queue;
        this.mixer = mixer;
        this.speech = speech;
        this.rules = rules;
        this.metronome = metronome;
        this.line = line;
        this.wav = wav;
        this.notices = notices;
        this.recordingFailed = recordingFailed;
        this.latency = latency;
        this.speechLatency = speechLatency;
    }

    @Override
    public void run() {
        boolean stopping = false; // the final tick is rendered: only the tails remain
        long tailEnd = Long.MAX_VALUE;
        try {
            while (true) {
                // Order matters: the stop flag, then the latest tick, then the queue. onStop comes after the
                // last field, and a field after the events of its frame, so nothing before them is missed.
                boolean stopSeen = coach.stopRequested();
                boolean realtime = line != null && line.open();
                Tick t = coach.latestTick();
                if (t != null && t != seen) {
                    seen = t;
                    clock.tick(t, mixer.position(), realtime);
                    if (metronome != null) {
                        metronome.start(mixer.position());
                    }
                }
                for (Msg m; (m = queue.poll()) != null; ) {
                    handle(m);
                }
                long target = clock.target(System.nanoTime(), realtime, (long) LEAD_BLOCKS * SoundMixer.BLOCK);
                if (stopping && !realtime) { // the final tick has been rendered: play the tails
                    target = Math.max(target, mixer.position() + SoundMixer.BLOCK);
                }
                while (mixer.position() + SoundMixer.BLOCK <= target) {
                    if (!realtime) {
                        speech.awaitWords(15_000);
                    }
                    renderBlock();
                }
                if (stopping) {
                    if (!(mixer.busy() || speech.waiting()) || mixer.position() >= tailEnd) {
                        return;
                    }
                    if (!realtime) {
                        continue; // no speaker: render the tails at once
                    }
                }
                if (stopSeen) {
                    stopping = true;
                    tailEnd = mixer.position() + TAIL_MAX_MS * Synth.RATE / 1000;
                }
                checkRecording();
                Msg m = queue.poll(5, TimeUnit.MILLISECONDS);
                if (m != null) {
                    handle(m);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeWav();
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            coach.ended(mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : -1);
        }
    }

    /** Handles one queue item. */
    private void handle(Msg m) {
        long now = mixer.position();
        if (m instanceof Event e) {
            long at = clock.anchored() ? Math.max(now, clock.sampleAt(e.deviceMs())) : now;
            rules.onEvent(e.device(), e.clockDevice(), e.event(), at, e.deviceMs(), e.nanos());
        } else if (m instanceof Status s) {
            rules.onStatus(s.kind(), now, s.nanos());
        } else if (m instanceof Announce a) {
            speech.request(a.text(), a.priority(), now, a.nanos());
        }
    }

    private void renderBlock() {
        long start = mixer.position();
        long end = start + SoundMixer.BLOCK;
        long deviceMs = clock.deviceMs();
        mixer.muted(coach.muted());
        mixer.volumePercent(coach.volumePercent());
        rules.beforeBlock(start, end, deviceMs);
        if (metronome != null) {
            metronome.schedule(mixer, end, deviceMs);
        }
        speech.beforeBlock(start, end);
        startedCount = 0;
        byte[] pcm = mixer.render((cause, isSpeech) -> {
            if (startedCount < started.length) {
                startedSpeech[startedCount] = isSpeech;
                started[startedCount++] = cause;
            }
        });
        if (line != null) {
            boolean earcon = false;
            for (int i = 0; i < startedCount; i++) {
                earcon |= !startedSpeech[i];
            }
            line.write(pcm, pcm.length, earcon);
        }
        if (wav != null) {
            try {
                wav.write(pcm, pcm.length);
            } catch (IOException e) {
                notices.accept(e.getMessage() + "; no more audio is written to it");
                closeWav();
            }
        }
        long written = System.nanoTime();
        for (int i = 0; i < startedCount; i++) {
            (startedSpeech[i] ? speechLatency : latency).record(written - started[i]);
        }
    }

    private void checkRecording() {
        long now = System.nanoTime();
        if (recordingFailed != null && now >= nextRecordingCheckNanos) {
            nextRecordingCheckNanos = now + 1_000_000_000L;
            if (recordingFailed.getAsBoolean()) {
                rules.recordingFailed(mixer.position(), now);
            }
        }
    }

    private void closeWav() {
        if (wav != null) {
            try {
                wav.close();
            } catch (IOException e) {
                notices.accept("cannot finish audio file: " + e.getMessage());
            }
            wav = null;
        }
    }
}
