package io.rollsense.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real child process (socat, mosquitto) whose merged output can be awaited line by line. */
public final class ExternalProcess implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final String name;

    private ExternalProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread t = new Thread(this::pump, "test-" + name + "-output");
        t.setDaemon(true);
        t.start();
    }

    /** Starts a command; output (stdout and stderr) is collected. */
    public static ExternalProcess start(String... command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        return new ExternalProcess(command[0], pb.start());
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(l);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // process gone
        }
        synchronized (lines) {
            lines.add(null);
            lines.notifyAll();
        }
    }

    /** Waits until an output line matches; fails with the output so far on timeout or exit. */
    public void awaitLine(Predicate<String> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            for (int i = 0; ; ) {
                while (i < lines.size()) {
                    String l = lines.get(i++);
                    if (l == null) {
                        throw new IllegalStateException(name + " exited before the expected output: " + lines);
                    }
                    if (match.test(l)) {
                        return;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException(name + " did not print the expected line within " + timeout
                            + ": " + lines);
                }
                TimeUnit.NANOSECONDS.timedWait(lines, left);
            }
        }
    }

    /** Kills the process and waits for it to exit. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
