package io.rollsense.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A fake device that stays quiet until the host asks {@code #HELLO?}, then answers with its hello
 * (PROTOCOL: "hello on request"). Reads the device end of a pty pair on its own thread.
 */
public final class HelloResponder implements AutoCloseable {
    private final RandomAccessFile port;
    private final Thread thread;
    private volatile int answered;

    public HelloResponder(Path deviceEnd, String helloLine) throws IOException {
        port = new RandomAccessFile(deviceEnd.toFile(), "rw");
        thread = new Thread(() -> run(helloLine), "test-hello-responder");
        thread.setDaemon(true);
        thread.start();
    }

    public int answered() {
        return answered;
    }

    private void run(String helloLine) {
        StringBuilder line = new StringBuilder();
        try {
            for (int b; (b = port.read()) >= 0; ) {
                if (b != '\n') {
                    line.append((char) b);
                    continue;
                }
                if (line.toString().strip().equals("#HELLO?")) {
                    port.write((helloLine + "\n").getBytes(StandardCharsets.US_ASCII));
                    answered++;
                }
                line.setLength(0);
            }
        } catch (IOException e) {
            // pty closed
        }
    }

    @Override
    public void close() throws IOException {
        port.close();
    }
}
