package io.rollsense.app;

import io.rollsense.api.PipelineControl;
import io.rollsense.api.PipelineListener;
import io.rollsense.api.RecordingControl;
import io.rollsense.audio.AudioCoach;
import io.rollsense.audio.RoutineAnnouncer;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.pipeline.RoutineCoach;
import io.rollsense.routine.Routine;
import io.rollsense.sink.ConsoleReporter;
import io.rollsense.sink.LinePrinter;
import io.rollsense.sink.LiveJson;
import io.rollsense.ui.LiveView;
import java.awt.HeadlessException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a live run ({@code live}, {@code demo}) shows and plays, as pipeline listeners in their
 * order: the output (live window, JSON lines or the headless console), a guided routine's coach
 * (before the recorder, so the routine's last record is written before the recorder closes), the
 * audio coach, then the extras (the session recorder).
 *
 * <p>Threads: built and closed on the command's thread; the listeners run on the analyzer thread;
 * text goes through a {@link LinePrinter} ({@code rollsense-printer}), so a slow terminal never
 * stalls analysis. Errors: a window that cannot open is reported by {@link #openWindow} as a reason,
 * never thrown; everything else is the caller's.
 */
public final class LiveOutputs implements AutoCloseable {
    private final LinePrinter printer;
    private final PrintWriter text;
    private final AudioCoach coach;
    private final List<PipelineListener> listeners = new ArrayList<>();
    private LiveView.Handle window;

    /**
     * @param out   the terminal for text (through the printer thread)
     * @param err   where the printer reports its own trouble
     * @param coach the audio coach, or {@code null} when silent ({@code live --json})
     */
    public LiveOutputs(PrintWriter out, PrintWriter err, AudioCoach coach) {
        this.printer = new LinePrinter(out, err);
        this.text = new PrintWriter(printer);
        this.coach = coach;
    }

    /** Text for the terminal, printed off the analyzer thread. */
    public PrintWriter text() {
        return text;
    }

    /**
     * Opens the live window as the output.
     *
     * @return {@code null} when it opened, else why not ("no display", ...)
     */
    public String openWindow(String title, AnalysisSettings settings, PipelineControl control) {
        try {
            window = LiveView.show(title, settings, control, coach);
            listeners.add(window.listener());
            return null;
        } catch (UnsupportedOperationException e) { // HeadlessException is one
            return e instanceof HeadlessException ? "no display" : e.getMessage();
        }
    }

    /** Whether the live window is the output. */
    public boolean hasWindow() {
        return window != null;
    }

    /** JSON lines as the output ({@code live --json}). */
    public LiveJson json() {
        LiveJson json = new LiveJson(text);
        listeners.add(json);
        return json;
    }

    /** The headless console as the output: a status line every {@code statusEveryMs} of device time. */
    public ConsoleReporter console(AnalysisSettings settings, long statusEveryMs) {
        ConsoleReporter console = new ConsoleReporter(text, settings, statusEveryMs);
        listeners.add(console);
        return console;
    }

    /**
     * Guides {@code routine}: its coach records into {@code recording}, prints its steps when
     * {@code console}, speaks them through the audio coach, shows them in the window (else reads
     * the headless keys) and stops the run through {@code control} when the routine finishes.
     *
     * @param skipsMs device times at which a simulated person presses "skip" (demo), else empty
     */
    public RoutineCoach routine(Routine routine, AnalysisSettings settings, RecordingControl recording,
                                List<Long> skipsMs, PipelineControl control, boolean console) {
        RoutineCoach routineCoach = RoutineRun.coach(routine, settings, recording, skipsMs, text, console, control);
        if (coach != null) {
            routineCoach.addListener(new RoutineAnnouncer(coach)); // step changes spoken
        }
        listeners.add(routineCoach);
        if (window != null) {
            window.showRoutine(routineCoach);
        } else {
            RoutineRun.readKeys(routineCoach, System.in);
        }
        return routineCoach;
    }

    /** Every listener in order: the output, the routine, the audio coach, then {@code extras}. */
    public List<PipelineListener> listeners(List<? extends PipelineListener> extras) {
        List<PipelineListener> all = new ArrayList<>(listeners);
        if (coach != null) {
            all.add(coach);
        }
        all.addAll(extras);
        return all;
    }

    /** Closes the live window and waits up to 5 s (its size and settings are saved on close). */
    public void closeWindow() throws InterruptedException {
        if (window != null) {
            window.close();
            window.awaitClosed(5, TimeUnit.SECONDS);
        }
    }

    /** After the run: plays what is still sounding, finishes the WAV file, prints what is queued. */
    @Override
    public void close() {
        if (coach != null) {
            coach.close();
        }
        printer.close();
    }
}
