package io.rollsense.audio;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Text to speech with FreeTTS 1.2.2 and its bundled 16 kHz "kevin16" voice, offline in the JVM.
 * Synthesis runs on its own daemon thread {@code rollsense-speech} (never the mixer's); results
 * are float samples at {@link Synth#RATE}, normalised to a peak of 0.5, cached (the common phrases
 * are synthesised ahead at start). A voice that cannot load (a broken jar, too little memory) is
 * reported once through {@code notices}; every later request then completes with {@code null}.
 * Thread-safe.
 */
final class SpeechEngine implements AutoCloseable {
    private static final int CACHE_SIZE = 64;
    private static final float PEAK = 0.5f;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rollsense-speech");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, float[]> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final Consumer<String> notices;
    private final CapturePlayer capture = new CapturePlayer();
    private final CompletableFuture<Void> warmed;
    private Voice voice;
    private boolean failed;

    /** Starts loading the voice and synthesising {@code warm} on the speech thread. */
    SpeechEngine(List<String> warm, Consumer<String> notices) {
        this.notices = notices;
        for (String phrase : warm) {
            thread.execute(() -> synthesise(phrase));
        }
        warmed = CompletableFuture.runAsync(() -> { }, thread); // after the warm-up: one thread, in order
    }

    /** Completes when the voice is loaded and the warm-up phrases are synthesised (or failed). */
    CompletableFuture<Void> warmed() {
        return warmed;
    }

    /** The phrase's samples if already synthesised, else null. */
    float[] cached(String text) {
        synchronized (cache) {
            return cache.get(text);
        }
    }

    /** The phrase's samples, synthesised on the speech thread when not cached; null when no voice. */
    CompletableFuture<float[]> speak(String text) {
        float[] hit = cached(text);
        if (hit != null) {
            return CompletableFuture.completedFuture(hit);
        }
        return CompletableFuture.supplyAsync(() -> synthesise(text), thread);
    }

    private float[] synthesise(String text) {
        float[] hit = cached(text);
        if (hit != null || failed) {
            return hit;
        }
        try {
            if (voice == null) {
                voice = new KevinVoiceDirectory().getVoices()[1]; // [0] kevin (8 kHz), [1] kevin16
                if (!voice.getName().equals("kevin16")) {
                    throw new IllegalStateException("FreeTTS has no kevin16 voice (found " + voice.getName() + ")");
                }
                voice.allocate();
                voice.setAudioPlayer(capture);
            }
            capture.take();
            voice.speak(text);
            float[] samples = normalise(trim(capture.take()));
            synchronized (cache) {
                cache.put(text, samples);
            }
            return samples;
        } catch (RuntimeException | LinkageError e) {
            failed = true;
            notices.accept("voice unavailable: the speech engine failed (" + e + "); beeps go on");
            return null;
        }
    }

    /** Drops the voice's leading and trailing silence (it delays the cue by about 0.2 s), keeping 10 ms. */
    static float[] trim(float[] s) {
        float quiet = 0.01f;
        int from = 0;
        while (from < s.length && Math.abs(s[from]) < quiet) {
            from++;
        }
        int to = s.length;
        while (to > from && Math.abs(s[to - 1]) < quiet) {
            to--;
        }
        int keep = Synth.RATE / 100;
        return java.util.Arrays.copyOfRange(s, Math.max(0, from - keep), Math.min(s.length, to + keep));
    }

    private static float[] normalise(float[] s) {
        float peak = 1e-6f;
        for (float v : s) {
            peak = Math.max(peak, Math.abs(v));
        }
        float g = PEAK / peak;
        for (int i = 0; i < s.length; i++) {
            s[i] *= g;
        }
        return s;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
