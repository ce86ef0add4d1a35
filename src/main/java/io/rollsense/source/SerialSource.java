package io.rollsense.source;

import com.fazecast.jSerialComm.SerialPort;
import java.time.Duration;

/**
 * Reads a serial port (USB device, or any path such as a socat pseudo-terminal) on a named reader
 * thread ({@code source-serial-<port>}). An unplug shows as a read error or end of file: the port is
 * closed, {@link SourceListener#onDisconnected} is reported, and the same path is reopened when it
 * returns (polled with a backoff from 100 ms to 2 s; waiting sleeps, it never spins); the return is
 * reported by {@link SourceListener#onConnected} with the length of the gap. On every open the
 * host sends {@code #HELLO?}, which a device answers with its hello (PROTOCOL.md). The port's
 * disconnect event of jSerialComm is not used: on Linux it needs a second event thread on the same
 * descriptor, while the read error arrives just as fast. Errors name the port path.
 */
public final class SerialSource implements FrameSource {
    private static final int READ_TIMEOUT_MS = 200;
    private static final long MIN_BACKOFF_MS = 100;
    private static final long MAX_BACKOFF_MS = 2000;
    private static final byte[] HELLO_REQUEST = "#HELLO?\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final String path;
    private final int baud;
    private final byte[] preamble;
    private ReaderThread reader;
    private volatile SerialPort port;

    /**
     * @param path     port path ({@code /dev/ttyUSB0}, {@code COM3}, a pty link)
     * @param baud     baud rate (ignored by ptys and USB CDC devices)
     * @param preamble bytes to hand over before the first read (the hello an auto-probe already
     *                 consumed), or an empty array
     */
    public SerialSource(String path, int baud, byte[] preamble) {
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be > 0, was " + baud);
        }
        this.path = path;
        this.baud = baud;
        this.preamble = preamble.clone();
    }

    public SerialSource(String path, int baud) {
        this(path, baud, new byte[0]);
    }

    @Override
    public String name() {
        return "serial " + path;
    }

    @Override
    public void start(SourceListener listener) {
        reader = new ReaderThread("source-serial-" + path, () -> run(listener));
        reader.start();
    }

    /** Opens the port with the read timeout; {@code null} when it cannot be opened now. */
    static SerialPort open(String path, int baud, int readTimeoutMs) {
        SerialPort p;
        try {
            p = SerialPort.getCommPort(path);
        } catch (RuntimeException e) { // SerialPortInvalidPortException: path does not exist (yet)
            return null;
        }
        p.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, readTimeoutMs, 0);
        if (!p.openPort()) {
            return null;
        }
        p.writeBytes(HELLO_REQUEST, HELLO_REQUEST.length); // PROTOCOL: a device answers with its hello
        return p;
    }

    private void run(SourceListener listener) {
        long backoffMs = MIN_BACKOFF_MS;
        long lostAtNanos = -1;
        boolean reportedWaiting = false;
        byte[] buf = new byte[4096];
        if (preamble.length > 0) {
            listener.onData(path, preamble, 0, preamble.length, System.nanoTime());
        }
        while (reader.running()) {
            SerialPort p = open(path, baud, READ_TIMEOUT_MS);
            if (p == null) {
                if (!reportedWaiting) {
                    reportedWaiting = true;
                    listener.onDisconnected(path, "cannot open " + path + "; waiting for it to appear");
                }
                if (!sleep(backoffMs)) {
                    break;
                }
                backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
                continue;
            }
            port = p;
            backoffMs = MIN_BACKOFF_MS;
            reportedWaiting = false;
            listener.onConnected(path, lostAtNanos < 0 ? "opened " + path + " at " + baud + " baud"
                    : path + " is back after a gap of " + (System.nanoTime() - lostAtNanos) / 1_000_000 + " ms");
            int n;
            while (reader.running() && (n = p.readBytes(buf, buf.length)) >= 0) {
                if (n > 0) {
                    listener.onData(path, buf, 0, n, System.nanoTime());
                }
            }
            int errno = p.getLastErrorCode();
            p.closePort();
            port = null;
            if (!reader.running()) {
                break;
            }
            lostAtNanos = System.nanoTime();
            reportedWaiting = true;
            listener.onDisconnected(path, path + " unplugged or failed (read error " + errno
                    + "); waiting for it to return");
        }
        listener.onEnd(name());
    }

    private static boolean sleep(long ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.stop(Duration.ofMillis(READ_TIMEOUT_MS * 3L));
        }
        SerialPort p = port;
        if (p != null) {
            p.closePort();
        }
    }
}
