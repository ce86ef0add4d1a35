package io.rollsense.source;

import java.time.Duration;

/** A named daemon reader thread with bounded, idempotent shutdown; shared by the sources. */
final class ReaderThread {
    private final Thread thread;
    private volatile boolean running = true;

    ReaderThread(String name, Runnable body) {
        thread = new Thread(body, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Whether the owner still wants the thread to run (checked by the loop). */
    boolean running() {
        return running && !Thread.currentThread().isInterrupted();
    }

    /** Asks the loop to end, interrupts sleeps and waits at most {@code timeout} for it. */
    void stop(Duration timeout) {
        running = false;
        if (Thread.currentThread() == thread) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
