package io.rollsense.audio;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Who speaks when. Speech never overlaps itself: one cue speaks, at most one waits. A more urgent
 * cue cuts a less urgent one short; among waiting cues the most urgent (then the newest) wins; a
 * waiting cue goes stale after {@link #STALE_MS}; the same words are not said twice within
 * {@link #NO_REPEAT_MS}. Times are mixer samples. Used only by the audio thread.
 */
final class SpeechScheduler {
    static final long NO_REPEAT_MS = 8_000;
    static final long STALE_MS = 6_000;
    /** Silence between two cues. */
    static final long GAP_MS = 250;

    private final SpeechEngine engine;
    private final SoundMixer mixer;
    private final Map<String, Long> lastSaid = new HashMap<>();
    private Cue speaking;
    private SoundMixer.Playing speakingSound;
    private Cue waiting;
    private long spoken;

    /** @param requestedSample the cue's time: it is not said before it */
    private record Cue(String text, CuePriority priority, long requestedSample, long causeNanos,
                       CompletableFuture<float[]> clip) {
    }

    /** @param engine the speech engine, or null when the voice is off (requests are ignored) */
    SpeechScheduler(SpeechEngine engine, SoundMixer mixer) {
        this.engine = engine;
        this.mixer = mixer;
    }

    /** Asks for {@code text} to be said from sample {@code now} on. */
    void request(String text, CuePriority priority, long now, long causeNanos) {
        if (engine == null || text == null || text.isBlank()) {
            return;
        }
        Long last = lastSaid.get(text);
        boolean repeat = last != null && now - last < samples(NO_REPEAT_MS);
        boolean same = (waiting != null && waiting.text.equals(text)) || (speaking != null && speaking.text.equals(text));
        if (repeat || same) {
            return;
        }
        if (waiting != null && priority.compareTo(waiting.priority) < 0) {
            return;
        }
        waiting = new Cue(text, priority, now, causeNanos, engine.speak(text));
        if (speaking != null && priority.compareTo(speaking.priority) > 0) {
            mixer.cut(speakingSound);
        }
    }

    /**
     * Before the block [{@code now}, {@code end}): starts the waiting cue at its time (or now, if that
     * has passed) when the voice is free and its words are ready.
     */
    void beforeBlock(long now, long end) {
        if (speaking != null && now >= speakingSound.endSample() + samples(GAP_MS)) {
            speaking = null;
            speakingSound = null;
        }
        if (speaking != null && speakingSound.cutAt != Long.MAX_VALUE && now >= speakingSound.endSample()) {
            speaking = null; // cut short for a more urgent cue: no gap
            speakingSound = null;
        }
        if (waiting == null || speaking != null || waiting.requestedSample >= end) {
            return;
        }
        if (now - waiting.requestedSample > samples(STALE_MS)) {
            waiting = null;
            return;
        }
        if (!waiting.clip.isDone()) {
            return;
        }
        float[] words = waiting.clip.getNow(null);
        if (words != null) {
            long at = Math.max(now, waiting.requestedSample);
            speakingSound = mixer.play(words, at, 1f, waiting.causeNanos, true);
            speaking = waiting;
            lastSaid.put(waiting.text, at);
            spoken++;
        }
        waiting = null;
    }

    /**
     * Waits (at most {@code maxMs}) until the waiting cue's words are synthesised: used when
     * rendering follows device time only (no speaker), so that a WAV does not depend on how fast
     * synthesis was; the audio thread then catches up, as the WAV does not play in real time.
     */
    void awaitWords(long maxMs) {
        Cue w = waiting;
        if (w == null || w.clip.isDone()) {
            return;
        }
        try {
            w.clip.get(maxMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException slow) {
            // play it when it comes, or drop it when stale
        }
    }

    /** Whether a cue waits to be spoken. */
    boolean waiting() {
        return waiting != null;
    }

    /** Cues started so far. */
    long spoken() {
        return spoken;
    }

    private static long samples(long ms) {
        return ms * Synth.RATE / 1000;
    }
}
