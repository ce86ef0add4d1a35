package io.rollsense.ui;

import io.rollsense.api.PipelineControl;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.PressureField;
import io.rollsense.core.TareResult;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Tare from the live window, done safely. T on an unloaded device asks the pipeline to tare at once;
 * T while someone is on the device first counts down ("Get off the roller: taring in 3 s"). The
 * analyzer itself refuses a tare while the device is loaded, and its {@link AnalysisEvent.Tare}
 * outcome is shown for a few seconds in the banner and then as "tared 14:02" in the status line.
 * U (or the Undo button) takes the last tare back. Host clock; Swing thread only.
 */
final class TarePrompt {
    /** How long the "get off the roller" countdown lasts, ms of host time. */
    static final long COUNTDOWN_MS = 3000;
    /** How long an outcome stays in the banner, ms of host time. */
    static final long RESULT_SHOWN_MS = 6000;
    /** How long to wait for the analyzer's outcome before saying no data came, ms of host time. */
    static final long OUTCOME_TIMEOUT_MS = 5000;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final PipelineControl control;
    private long countdownMs = COUNTDOWN_MS;
    private long countdownEndMs = -1;
    private long requestedAtMs = -1;
    private String result;
    private long resultUntilMs;
    private String statusWord = "not tared";
    private boolean undoable;

    TarePrompt(PipelineControl control) {
        this.control = control;
    }

    /** T pressed: tare now when nothing presses on the device, else count down first. */
    void pressed(PressureField latest, long nowMs) {
        if (countdownEndMs >= 0 || requestedAtMs >= 0) {
            return; // one tare at a time
        }
        result = null;
        if (latest != null && latest.loaded()) {
            countdownEndMs = nowMs + countdownMs;
        } else {
            request(nowMs);
        }
    }

    /** U pressed: take the last tare back (nothing when there is none). */
    void undo(long nowMs) {
        if (undoable) {
            control.undoTare();
            undoable = false;
        } else {
            show("Nothing to undo: no tare was done", nowMs);
        }
    }

    /** Applies a queued pipeline event (only tare outcomes matter here). */
    void apply(Object event, long nowMs) {
        if (!(event instanceof AnalysisEvent.Tare t)) {
            return;
        }
        requestedAtMs = -1;
        String at = LocalTime.now().format(HH_MM);
        if (t.result() == TareResult.DONE) {
            undoable = true;
            statusWord = "tared " + at;
            show("Tared at " + at + ": pressure now reads from this zero. [U] undo", nowMs);
        } else if (t.result() == TareResult.REFUSED) {
            show(String.format(Locale.ROOT, "Tare refused: %.0f kPa on the device. Get off it, then press T",
                    t.highestKpa()), nowMs);
        } else {
            undoable = false;
            statusWord = "tare undone " + at;
            show("Tare undone: the previous zero is back", nowMs);
        }
    }

    /** Advances the countdown; call on every view tick. */
    void tick(long nowMs) {
        if (countdownEndMs >= 0 && nowMs >= countdownEndMs) {
            countdownEndMs = -1;
            request(nowMs);
        }
        if (requestedAtMs >= 0 && nowMs - requestedAtMs > OUTCOME_TIMEOUT_MS) {
            requestedAtMs = -1;
            show("Tare not done: no data came from the device", nowMs);
        }
    }

    /** What the banner should say about the tare now, or {@code null}. */
    String notice(long nowMs) {
        if (countdownEndMs >= 0) {
            long s = Math.max(1, (countdownEndMs - nowMs + 999) / 1000);
            return "Get off the roller: taring in " + s + " s";
        }
        if (requestedAtMs >= 0) {
            return "Taring: keep off the device for a second…";
        }
        return result != null && nowMs < resultUntilMs ? result : null;
    }

    /** The status line's word: "not tared", "tared 14:02", "tare undone 14:05". */
    String statusWord() {
        return statusWord;
    }

    /** Whether the last tare can be taken back. */
    boolean undoable() {
        return undoable;
    }

    /** Sets the countdown length (tests use a short one). */
    void countdownMs(long ms) {
        countdownMs = ms;
    }

    private void request(long nowMs) {
        requestedAtMs = nowMs;
        control.requestTare();
    }

    private void show(String text, long nowMs) {
        result = text;
        resultUntilMs = nowMs + RESULT_SHOWN_MS;
    }
}
