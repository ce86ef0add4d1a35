package io.rollsense.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rollsense.cli.Main;
import io.rollsense.core.AnalysisSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code demo --headless --audio-out} on the real-time simulator with a spine episode,
 * then the WAV is read back and checked against the session's own alert times ({@code analyze --json}
 * of the recorded session gives the same events as live): the metronome at the middle of the
 * target band, the spine earcon within 150 ms of the alert's onset, speech after it, no clipping.
 */
class DemoSoundIT {
    @Test
    void headlessDemoRendersTheBeatTheSpineEarconAndSpeechIntoAWav(@TempDir Path lib) throws Exception {
        Path wav = Path.of("target", "test-audio", "demo-headless.wav");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"demo", "--headless", "--scenario", "steady:8,spine:15", "--duration", "26s",
            "--metronome-mode", "always", "--audio-out", wav.toString(), "--data-dir", lib.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, exit, "demo ran; stderr: " + err);

        Path session;
        try (Stream<Path> files = Files.list(lib)) {
            session = files.filter(p -> p.toString().endsWith(".rsession")).findFirst().orElseThrow();
        }
        StringWriter json = new StringWriter();
        assertEquals(0, Main.run(new String[] {"analyze", session.toString(), "--json"}, new PrintWriter(json, true),
                new PrintWriter(new StringWriter(), true)));
        ObjectMapper mapper = new ObjectMapper();
        long onset = -1;
        for (String line : json.toString().split("\n")) {
            JsonNode n = mapper.readTree(line);
            if (n.path("type").asText().equals("alert") && n.path("kind").asText().equals("spine")) {
                onset = n.path("start_ms").asLong();
                break;
            }
        }
        assertTrue(onset > 0, "the session has a spine alert: " + json);

        Rendered r = Rendered.read(wav);
        assertTrue(r.seconds() > 20, "about the demo's length: " + r.seconds() + " s");
        assertTrue(r.peak() < Short.MAX_VALUE, "no clipping");
        long at = onset;
        double first = r.onsetsMs(Synth.SPINE_HZ, 0.05).stream().filter(t -> t >= at - 50).findFirst().orElseThrow();
        assertTrue(first - onset <= 150, "spine earcon at " + first + " ms, alert onset at " + onset + " ms");
        assertTrue(r.speechFrames(onset, onset + 2000, 0.02) >= 10, "\"off the spine\" spoken");

        double spm = (AnalysisSettings.DEFAULTS.targetMinSpm() + AnalysisSettings.DEFAULTS.targetMaxSpm()) / 2;
        List<Double> up = r.onsetsMs(Synth.UP_HZ, 0.05).stream().filter(t -> t < at - 500).toList();
        assertTrue(up.size() >= 3, "beats before the alert: " + up);
        double period = (up.get(up.size() - 1) - up.get(0)) / (up.size() - 1);
        assertEquals(60_000 / spm, period, 0.01 * 60_000 / spm, "an up beat once a stroke: " + up);
    }
}
