package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.Simulator;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate --out <pty>} through a real socat pseudo-terminal pair, read from the other end. */
class SimulatePtyIT {

    @Test
    void simulateToAPtyArrivesIntactAtTheOtherEnd(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("ttySimA");
        Path b = dir.resolve("ttySimB");
        Process socat = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true).start();
        try {
            CountDownLatch ready = new CountDownLatch(1);
            Thread log = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(socat.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l = r.readLine(); l != null; l = r.readLine()) {
                        if (l.contains("starting data transfer loop")) {
                            ready.countDown();
                        }
                    }
                } catch (java.io.IOException e) {
                    // socat ended
                }
            }, "socat-log");
            log.setDaemon(true);
            log.start();
            assertTrue(ready.await(10, TimeUnit.SECONDS), "socat did not start");

            String expected = expected();
            byte[] want = expected.getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            CountDownLatch done = new CountDownLatch(1);
            InputStream in = new FileInputStream(b.toFile());
            Thread reader = new Thread(() -> {
                byte[] buf = new byte[4096];
                try {
                    while (got.size() < want.length) {
                        int n = in.read(buf);
                        if (n < 0) {
                            break;
                        }
                        got.write(buf, 0, n);
                    }
                } catch (java.io.IOException e) {
                    // closed by the test on timeout
                }
                done.countDown();
            }, "pty-reader");
            reader.setDaemon(true);
            reader.start();

            StringWriter err = new StringWriter();
            int rc = Main.run(new String[] {"simulate", "--scenario", "steady:1,faults:2", "--seed", "5", "--rate", "200",
                "--out", a.toString(), "--realtime"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertEquals(0, rc, err.toString());
            boolean complete = done.await(20, TimeUnit.SECONDS);
            in.close();
            assertTrue(complete, "received " + got.size() + " of " + want.length + " bytes");
            assertEquals(expected, got.toString(StandardCharsets.US_ASCII));
        } finally {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static String expected() {
        Simulator sim = Simulator.of("steady:1,faults:2", DeviceKind.ROLLER, PressureUnit.KPA, 200, 5, 0);
        StringBuilder sb = new StringBuilder();
        for (String l = sim.nextLine(); l != null; l = sim.nextLine()) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }
}
