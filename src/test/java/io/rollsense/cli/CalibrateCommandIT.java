package io.rollsense.cli;

import io.rollsense.session.CalibrationFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.core.Calibration;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.FrameEncoder;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.source.LineGenerator;
import io.rollsense.testing.PtyDeviceWriter;
import io.rollsense.testing.SocatPair;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rollsense calibrate} in a child process, answering its prompts, with a raw-count device on a pty. */
class CalibrateCommandIT {
    @TempDir
    Path dir;

    /** A 4-channel raw device whose counts the test sets, like weights put on and taken off. */
    static final class LoadedDevice implements LineGenerator {
        final Hello hello = new Hello("rice", DeviceKind.PAD, 100, PressureUnit.RAW, -30, -10, 10, 30);
        private volatile double[] counts = {5, 6, 7, 8};
        private boolean helloSent;
        private long seq;
        private long t;

        void set(double... c) {
            counts = c.clone();
        }

        @Override
        public String nextLine() {
            if (!helloSent) {
                helloSent = true;
                return HelloCodec.encode(hello);
            }
            t = seq * 10;
            return FrameEncoder.frame(seq++, t, counts, 1);
        }

        @Override
        public long lastDeviceTimeMs() {
            return t;
        }
    }

    @Test
    void tareAndTwoWeightsGiveAFittedFile() throws Exception {
        LoadedDevice device = new LoadedDevice();
        Path file = dir.resolve("cal.txt");
        try (Conversation talk = new Conversation(device, file)) {
            talk.answer("Step 1, tare", "");
            // 2 kg over 100 cm2 = 1.962 kPa; 4 kg = 3.924 kPa; raw counts rise non-linearly
            talk.answer("Step 2", "2");
            talk.answer("Which channel", "all");
            talk.answer("Contact area", "100");
            device.set(105, 106, 107, 108);
            talk.answer("Place it (1.96 kPa)", "");
            talk.answer("Step 3", "4");
            talk.answer("Which channel", "all");
            talk.answer("Contact area", "100");
            device.set(175, 176, 177, 178);
            talk.answer("Place it (3.92 kPa)", "");
            talk.answer("Step 4", "");
            assertEquals(0, talk.exitCode(), talk.transcript());
        }
        Calibration c = CalibrationFiles.load(file);
        assertEquals("rice", c.deviceId());
        assertEquals(4, c.channelCount());
        assertEquals(5, c.offsets()[0], 0.01, Arrays.toString(c.offsets()));
        assertEquals(8, c.offsets()[3], 0.01);
        for (int ch = 0; ch < 4; ch++) {
            assertEquals(1.962, c.apply(ch, 105 + ch), 0.02, "channel " + ch);
            assertEquals(3.924, c.apply(ch, 175 + ch), 0.04, "channel " + ch);
        }
    }

    @Test
    void badAnswersAreExplainedAndAskedAgain() throws Exception {
        LoadedDevice device = new LoadedDevice();
        Path file = dir.resolve("cal.txt");
        try (Conversation talk = new Conversation(device, file)) {
            talk.answer("Step 1, tare", "");
            talk.answer("Step 2", "two");
            talk.expect("'two' is not a mass: type a number of kg above 0 (e.g. 2.5), or just Enter to finish.");
            talk.answer("Step 2", "2");
            talk.answer("Which channel", "9");
            talk.expect("'9' is not a channel: type a channel number from 0 to 3, or 'all'.");
            talk.answer("Which channel", "ALL");
            talk.answer("Contact area", "-5");
            talk.expect("'-5' is not an area: type a number of cm2 above 0 (e.g. 100).");
            talk.answer("Contact area", "100");
            device.set(105, 106, 107, 108);
            talk.answer("Place it (1.96 kPa)", "");
            talk.answer("Step 3", "");
            assertEquals(0, talk.exitCode(), talk.transcript());
        }
        Calibration c = CalibrationFiles.load(file);
        for (int ch = 0; ch < 4; ch++) {
            assertEquals(1.962, c.apply(ch, 105 + ch), 0.02, "channel " + ch);
        }
    }

    @Test
    void inputEndingStopsWithAMessage() throws Exception {
        Path file = dir.resolve("cal.txt");
        String transcript;
        try (Conversation talk = new Conversation(new LoadedDevice(), file)) {
            talk.answer("Step 1, tare", "");
            talk.answer("Step 2", "2");
            talk.answer("Which channel", "left"); // a bad answer, then the input ends
            talk.expect("Which channel");
            talk.endInput();
            assertEquals(Main.EXIT_FAILURE, talk.exitCode(), talk.transcript());
            transcript = talk.transcript();
        }
        assertTrue(transcript.contains("rollsense: error: input ended during calibration"), transcript);
        assertFalse(transcript.contains("Exception"), transcript);
        assertFalse(Files.exists(file), "no calibration file from an unfinished conversation");
    }

    /** {@code rollsense calibrate} in a child process on a pty fed by {@code device}, spoken to line by line. */
    private final class Conversation implements AutoCloseable {
        private final SocatPair pty;
        private final PtyDeviceWriter writer;
        private final Process process;
        private final BufferedReader prompts;
        private final OutputStream answers;
        private final StringBuilder transcript = new StringBuilder();

        Conversation(LoadedDevice device, Path file) throws Exception {
            pty = new SocatPair(dir);
            writer = new PtyDeviceWriter(pty.deviceEnd(), device, HelloCodec.encode(device.hello), 1);
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "io.rollsense.cli.Main", "calibrate", "--serial",
                    pty.hostEnd().toString(), "--seconds", "0.5", "--out", file.toString())
                    .redirectErrorStream(true).start();
            prompts = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            answers = process.getOutputStream();
        }

        /** Waits for a line containing {@code prompt}, then types {@code reply} and Enter. */
        void answer(String prompt, String reply) throws Exception {
            expect(prompt);
            answers.write((reply + "\n").getBytes(StandardCharsets.UTF_8));
            answers.flush();
        }

        /** Waits for a line containing {@code text}. */
        void expect(String text) throws Exception {
            for (String l; (l = prompts.readLine()) != null; ) {
                transcript.append(l).append('\n');
                if (l.contains(text)) {
                    return;
                }
            }
            throw new AssertionError("calibrate ended before saying '" + text + "': " + transcript);
        }

        /** Closes calibrate's standard input (end of file). */
        void endInput() throws Exception {
            answers.close();
        }

        /** Reads the rest of the output and returns the exit code. */
        int exitCode() throws Exception {
            for (String l; (l = prompts.readLine()) != null; ) {
                transcript.append(l).append('\n');
            }
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            return process.exitValue();
        }

        String transcript() {
            return transcript.toString();
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            try (pty; writer) {
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
