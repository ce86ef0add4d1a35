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

/** A real child process (socat, mosquitto, the CLI) whose output can be awaited line by line, always with a timeout. */
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

    /** Starts a prepared process (its own redirects are kept); stdout is collected line by line. */
    public static ExternalProcess start(String name, ProcessBuilder pb) throws IOException {
        return new ExternalProcess(name, pb.start());
    }

    public long pid() {
        return process.pid();
    }

    /** Output lines so far (without the end marker). */
    public List<String> lines() {
        synchronized (lines) {
            return lines.stream().filter(java.util.Objects::nonNull).toList();
        }
    }

    /**
     * Waits until the process has exited and all its output has been read; false on timeout (the
     * process is then left to {@link #close()}).
     */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (lines.isEmpty() || lines.get(lines.size() - 1) != null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lines, left);
            }
        }
        return process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
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
