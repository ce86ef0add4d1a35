package io.rollsense.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.cli.Main;
import io.rollsense.routine.RoutineEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guided routine's step changes are spoken: {@code demo --headless --routine "try it out"} with
 * every other sound off renders the first step's name as speech at the start of the WAV (device
 * time 0, before any pace cue could be given), and the routine's end is spoken too.
 */
class RoutineSoundIT {
    @Test
    void theFirstStepIsSpokenWhenTheRoutineStarts(@TempDir Path lib) throws Exception {
        Path wav = Path.of("target", "test-audio", "routine-demo.wav");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"demo", "--headless", "--routine", "try it out", "--person", "good",
            "--speed", "10", "--metronome", "off", "--earcons", "none", "--say-time", "0",
            "--audio-out", wav.toString(), "--data-dir", lib.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, exit, "demo ran; stderr: " + err);
        Rendered r = Rendered.read(wav);
        assertTrue(r.seconds() > 60, "the whole routine was rendered: " + r.seconds() + " s");
        assertTrue(r.speechFrames(0, 2500, 0.02) >= 10, "\"Step 1: ...\" spoken at the start");
        assertTrue(r.peak() < Short.MAX_VALUE, "no clipping");
    }

    @Test
    void pausingAndResumingAreSaid() {
        assertEquals("Paused.", RoutineAnnouncer.words(new RoutineEvent.PauseChanged(5, true)));
        assertEquals("Go on.", RoutineAnnouncer.words(new RoutineEvent.PauseChanged(6, false)));
    }
}
