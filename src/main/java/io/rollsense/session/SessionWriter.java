package io.rollsense.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Append-only writer of one session file. Callers {@link #append} whole records (any thread; a
 * short lock guards an in-memory buffer); a daemon thread named {@code session-writer} swaps the
 * buffer out and writes it to the file every {@value #FLUSH_INTERVAL_MS} ms, so a killed process
 * loses at most that much. The file is locked while open so recovery leaves it alone. An I/O error
 * stops recording: one notice goes to the notice hook and later appends are dropped; nothing is thrown.
 */
final class SessionWriter {
    /** How often buffered records are written to the file. */
    static final long FLUSH_INTERVAL_MS = 200;
    /** Buffered characters beyond which the writer is considered stuck and recording stops. */
    static final int MAX_PENDING_CHARS = 64 << 20;

    private final Path file;
    private final FileChannel channel;
    private final FileLock fileLock;
    private final Consumer<String> notices;
    private final ScheduledExecutorService flusher;
    private StringBuilder active = new StringBuilder(1 << 16);
    private StringBuilder spare = new StringBuilder(1 << 16);
    private volatile boolean failed;
    private boolean closed;

    private SessionWriter(Path file, FileChannel channel, FileLock fileLock, Consumer<String> notices) {
        this.file = file;
        this.channel = channel;
        this.fileLock = fileLock;
        this.notices = notices;
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "session-writer");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, FLUSH_INTERVAL_MS, FLUSH_INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Creates {@code file}, locks it and writes the header line synchronously. With {@code createNew}
     * the file must not exist; otherwise an existing file must be empty (or a device such as /dev/full).
     *
     * @throws IOException naming the file when it cannot be created, locked or written
     */
    static SessionWriter create(Path file, boolean createNew, String headerLine, Consumer<String> notices)
            throws IOException {
        FileChannel ch = FileChannel.open(file, java.util.Set.of(createNew ? StandardOpenOption.CREATE_NEW
                : StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
                PrivateFiles.attribute(file, PrivateFiles.FILE));
        try {
            if (java.nio.file.Files.isRegularFile(file)) {
                PrivateFiles.restrict(file, PrivateFiles.FILE); // health data: 600 whatever the umask
            }
            if (ch.size() > 0) {
                throw new java.nio.file.FileAlreadyExistsException(file.toString(), null, "not empty");
            }
            FileLock lock = tryLock(ch);
            writeFully(ch, (headerLine + "\n").getBytes(StandardCharsets.UTF_8));
            return new SessionWriter(file, ch, lock, notices);
        } catch (IOException | RuntimeException e) {
            ch.close();
            if (createNew && !(e instanceof java.nio.file.FileAlreadyExistsException)) {
                java.nio.file.Files.deleteIfExists(file); // made here, header not written (disk full): no empty leftover
            }
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel ch) {
        try {
            return ch.tryLock();
        } catch (IOException | RuntimeException e) {
            return null; // e.g. a device file such as /dev/full: writing will report the real problem
        }
    }

    Path file() {
        return file;
    }

    /** Whether recording stopped after an I/O error. */
    boolean failed() {
        return failed;
    }

    /** Queues one record (without terminator; a {@code \n} is added). Never blocks on I/O, never throws. */
    void append(CharSequence record) {
        if (failed) {
            return;
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            active.append(record).append('\n');
            if (active.length() > MAX_PENDING_CHARS) {
                active.setLength(0);
                fail("the disk is not keeping up (" + (MAX_PENDING_CHARS >> 20) + " M characters waiting)");
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (IOException e) {
            fail(e.getClass().getSimpleName().equals("IOException") ? e.getMessage() : e.toString());
        }
    }

    /** Writes what is buffered. Called on the writer thread, or by {@link #close} after it stopped. */
    private void flush() throws IOException {
        StringBuilder out;
        synchronized (this) {
            if (active.length() == 0 || failed) {
                return;
            }
            out = active;
            active = spare;
            spare = out;
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        out.setLength(0);
        writeFully(channel, bytes);
    }

    private static void writeFully(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    private void fail(String reason) {
        synchronized (this) {
            if (failed) {
                return;
            }
            failed = true;
        }
        notices.accept("session recording stopped: cannot write " + file + ": " + reason
                + "; live feedback continues");
    }

    /** Writes the rest, syncs, unlocks and closes the file. Idempotent; never throws. */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        flusher.shutdown();
        try {
            flusher.awaitTermination(5, TimeUnit.SECONDS);
            flush();
            channel.force(false);
        } catch (IOException e) {
            fail(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                if (fileLock != null && fileLock.isValid()) {
                    fileLock.release();
                }
                channel.close();
            } catch (IOException e) {
                fail(e.getMessage());
            }
        }
    }
}
