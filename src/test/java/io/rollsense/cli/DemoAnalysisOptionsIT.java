package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo} honours the shared analysis options like {@code analyze} and {@code live}: a
 * calibration file (gain 3 on every taxel) turns the simulator's spine scenario, which stays under
 * the 60 kPa too-hard limit uncalibrated, into a too-hard alert. Real-time simulator, 3 s per run.
 */
class DemoAnalysisOptionsIT {
    @TempDir
    Path dir;

    @Test
    void calibrationFileChangesTheDemosPressures() throws Exception {
        Path cal = dir.resolve("gain3.cal");
        Files.writeString(cal, "format=rollsense-calibration-1\nchannels=8\n"
                + IntStream.range(0, 8).mapToObj(i -> "ch." + i + ".gain=3\n").collect(Collectors.joining()));
        String plain = demo();
        String calibrated = demo("--calibration", cal.toString());
        assertTrue(lastLine(plain).contains("0 too-hard alerts"), plain);
        assertTrue(calibrated.contains("ALERT TOO HARD"), calibrated);
        assertTrue(lastLine(calibrated).contains("1 too-hard alert,"), calibrated);
    }

    @Test
    void badCalibrationFileStopsTheDemoBeforeItStarts() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"demo", "--headless", "--no-record", "--duration", "1s",
            "--config", dir.resolve("missing.conf").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(Main.EXIT_FAILURE, code, err.toString());
        assertTrue(err.toString().contains("missing.conf"), err.toString());
    }

    private String demo(String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("demo", "--headless", "--no-record", "--duration", "3s",
                "--scenario", "spine"));
        args.addAll(List.of(extra));
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }
}
