package io.rollsense.audio;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Writes 16-bit mono PCM at {@link Synth#RATE} Hz into a RIFF/WAVE file as it comes, patching the
 * header's sizes about once a second and on close, so a file cut short by a crash still plays up
 * to its last patch. Hand-written because javax.sound's {@code AudioSystem.write} needs the whole
 * stream's length up front. Used by one thread. I/O errors name the file.
 */
final class WavWriter implements AutoCloseable {
    private static final int HEADER = 44;
    private final Path path;
    private final RandomAccessFile file;
    private long dataBytes;
    private long patchedAt;

    /** Creates (or truncates) {@code path} and writes the header. */
    WavWriter(Path path) throws IOException {
        this.path = path;
        try {
            Path dir = path.toAbsolutePath().getParent();
            if (dir != null) {
                java.nio.file.Files.createDirectories(dir);
            }
            file = new RandomAccessFile(path.toFile(), "rw");
            file.setLength(0);
            file.write(header(0));
        } catch (IOException e) {
            throw new IOException("cannot write audio file " + path + ": " + e.getMessage(), e);
        }
    }

    /** Appends {@code length} bytes of PCM. */
    void write(byte[] pcm, int length) throws IOException {
        try {
            file.write(pcm, 0, length);
            dataBytes += length;
            if (dataBytes - patchedAt >= 2L * Synth.RATE) {
                patch();
            }
        } catch (IOException e) {
            throw new IOException("cannot write audio file " + path + ": " + e.getMessage(), e);
        }
    }

    /** Seconds of audio written so far. */
    double seconds() {
        return dataBytes / 2.0 / Synth.RATE;
    }

    private void patch() throws IOException {
        long end = file.getFilePointer();
        file.seek(0);
        file.write(header(dataBytes));
        file.seek(end);
        patchedAt = dataBytes;
    }

    static byte[] header(long dataBytes) {
        ByteBuffer b = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes));
        b.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16);
        b.putShort((short) 1).putShort((short) 1).putInt(Synth.RATE).putInt(Synth.RATE * 2);
        b.putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        return b.array();
    }

    @Override
    public void close() throws IOException {
        try {
            patch();
        } finally {
            file.close();
        }
    }
}
