package io.rollsense.pipeline;

import io.rollsense.sim.Simulator;
import io.rollsense.source.Pacer;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code simulate}'s output: a simulator's wire lines, each with a {@code \n}, to stdout, a file or
 * a serial device path, as fast as possible or paced by device time (the one {@link Pacer}).
 * Runs on the calling thread; write errors name where the lines were going.
 */
public final class SimulateWriter {
    private SimulateWriter() {
    }

    /** Writes every line of {@code sim} to {@code out} (flushed before each paced wait and at the end). */
    public static void toWriter(Simulator sim, PrintWriter out, boolean realtime) throws IOException {
        write(sim, new LineSink() {
            @Override
            public void line(String line) {
                out.write(line);
                out.write('\n');
            }

            @Override
            public void flush() throws IOException {
                out.flush();
                if (out.checkError()) {
                    throw new IOException("output closed");
                }
            }
        }, realtime, "stdout");
    }

    /** Writes every line of {@code sim} to a file or device path (opened for writing, not appended). */
    public static void toPath(Simulator sim, String path, boolean realtime) throws IOException {
        OutputStream file;
        try {
            file = new FileOutputStream(path);
        } catch (IOException e) {
            throw new IOException("cannot open " + path + " for writing: " + e.getMessage(), e);
        }
        try (OutputStream os = new BufferedOutputStream(file, 1 << 16)) {
            write(sim, new LineSink() {
                @Override
                public void line(String line) throws IOException {
                    os.write(line.getBytes(StandardCharsets.US_ASCII));
                    os.write('\n');
                }

                @Override
                public void flush() throws IOException {
                    os.flush();
                }
            }, realtime, path);
        }
    }

    private static void write(Simulator sim, LineSink sink, boolean realtime, String where) throws IOException {
        Pacer pacer = realtime ? new Pacer(1) : null;
        try {
            for (String line = sim.nextLine(); line != null; line = sim.nextLine()) {
                if (pacer != null) {
                    sink.flush();
                    if (!pacer.awaitDeviceTime(sim.lastDeviceTimeMs())) {
                        return; // interrupted: stop quietly
                    }
                }
                sink.line(line);
            }
            sink.flush();
        } catch (IOException e) {
            throw new IOException("cannot write to " + where + ": " + e.getMessage(), e);
        }
    }

    /** Where lines go. */
    private interface LineSink {
        void line(String line) throws IOException;

        void flush() throws IOException;
    }
}
