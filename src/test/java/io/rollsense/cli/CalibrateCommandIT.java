package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.core.Calibration;
import io.rollsense.protocol.FrameEncoder;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.source.LineGenerator;
import io.rollsense.testing.PtyDeviceWriter;
import io.rollsense.testing.SocatPair;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
        try (SocatPair pty = new SocatPair(dir);
             PtyDeviceWriter w = new PtyDeviceWriter(pty.deviceEnd(), device, HelloCodec.encode(device.hello), 1)) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "io.rollsense.cli.Main", "calibrate", "--serial",
                    pty.hostEnd().toString(), "--seconds", "0.5", "--out", file.toString())
                    .redirectErrorStream(true).start();
            BufferedReader prompts = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            OutputStream answers = p.getOutputStream();
            StringBuilder transcript = new StringBuilder();
            answer(prompts, answers, transcript, "Step 1, tare", "");
            // 2 kg over 100 cm2 = 1.962 kPa; 4 kg = 3.924 kPa; raw counts rise non-linearly
            answer(prompts, answers, transcript, "Step 2", "2");
            answer(prompts, answers, transcript, "Which channel", "all");
            answer(prompts, answers, transcript, "Contact area", "100");
            device.set(105, 106, 107, 108);
            answer(prompts, answers, transcript, "Place it (1.96 kPa)", "");
            answer(prompts, answers, transcript, "Step 3", "4");
            answer(prompts, answers, transcript, "Which channel", "all");
            answer(prompts, answers, transcript, "Contact area", "100");
            device.set(175, 176, 177, 178);
            answer(prompts, answers, transcript, "Place it (3.92 kPa)", "");
            answer(prompts, answers, transcript, "Step 4", "");
            for (String l; (l = prompts.readLine()) != null; ) {
                transcript.append(l).append('\n');
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), transcript.toString());
        }
        Calibration c = Calibration.load(file);
        assertEquals("rice", c.deviceId());
        assertEquals(4, c.channelCount());
        assertEquals(5, c.offsets()[0], 0.01, Arrays.toString(c.offsets()));
        assertEquals(8, c.offsets()[3], 0.01);
        for (int ch = 0; ch < 4; ch++) {
            assertEquals(1.962, c.apply(ch, 105 + ch), 0.02, "channel " + ch);
            assertEquals(3.924, c.apply(ch, 175 + ch), 0.04, "channel " + ch);
        }
    }

    /** Waits for a prompt line containing {@code prompt}, then types {@code reply} and Enter. */
    private static void answer(BufferedReader prompts, OutputStream answers, StringBuilder transcript, String prompt,
                               String reply) throws Exception {
        for (String l; (l = prompts.readLine()) != null; ) {
            transcript.append(l).append('\n');
            if (l.contains(prompt)) {
                answers.write((reply + "\n").getBytes(StandardCharsets.UTF_8));
                answers.flush();
                return;
            }
        }
        throw new AssertionError("calibrate ended before asking '" + prompt + "': " + transcript);
    }
}
