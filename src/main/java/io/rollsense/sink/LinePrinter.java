package io.rollsense.sink;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Terminal output off the analyzer thread: text written here is handed over on each
 * {@link #flush()} to a bounded queue, and one daemon thread named {@code rollsense-printer}
 * writes it to the real output. A slow terminal or a stalled pipe therefore never stalls analysis:
 * when the queue is full the text is dropped and counted, and one line on {@code notices} (stderr,
 * so a JSON-lines stdout stays valid) says how many lines were lost. Any thread may write;
 * {@link #close()} flushes, waits for the queue to drain (at most 5 s) and stops the thread.
 */
public final class LinePrinter extends Writer {
    /** Chunks (one per flush, usually one line) the queue holds. */
    public static final int CAPACITY = 16_384;
    /** Marks the end of output; compared by identity, so no text can be mistaken for it. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String END = new String("end");

    private final Writer target;
    private final PrintWriter notices;
    private final BlockingQueue<String> queue;
    private final StringBuilder pending = new StringBuilder();
    private final Thread thread;
    private long droppedLines;
    private long reportedDropped;
    private boolean closed;

    /**
     * @param target  the real output (stdout)
     * @param notices where a count of dropped lines goes (stderr)
     */
    public LinePrinter(Writer target, PrintWriter notices) {
        this(target, notices, CAPACITY);
    }

    LinePrinter(Writer target, PrintWriter notices, int capacity) {
        this.target = target;
        this.notices = notices;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::drain, "rollsense-printer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void write(char[] buf, int off, int len) {
        synchronized (pending) {
            pending.append(buf, off, len);
        }
    }

    /** Hands what was written since the last flush to the printer thread; never blocks. */
    @Override
    public void flush() {
        String text;
        synchronized (pending) {
            if (pending.isEmpty() || closed) {
                return;
            }
            text = pending.toString();
            pending.setLength(0);
            if (!queue.offer(text)) {
                droppedLines += Math.max(1, text.chars().filter(c -> c == '\n').count());
            }
        }
    }

    /** Lines dropped so far because the output could not keep up. */
    public long droppedLines() {
        synchronized (pending) {
            return droppedLines;
        }
    }

    private void drain() {
        try {
            for (String text; (text = queue.take()) != END; ) {
                target.write(text);
                if (queue.isEmpty()) {
                    target.flush();
                    reportDrops();
                }
            }
            target.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            notices.println("rollsense: output failed (" + e.getMessage() + "); analysis goes on without it");
            notices.flush();
        }
    }

    private void reportDrops() {
        long dropped = droppedLines();
        if (dropped > reportedDropped) {
            notices.println("rollsense: " + (dropped - reportedDropped)
                    + " output line(s) not printed: the terminal could not keep up");
            notices.flush();
            reportedDropped = dropped;
        }
    }

    /** Flushes, waits up to 5 s for the queued text to be written, then stops the printer thread. */
    @Override
    public void close() {
        flush();
        synchronized (pending) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            if (queue.offer(END, 5, TimeUnit.SECONDS)) {
                thread.join(5000);
            }
            reportDrops();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
