package io.rollsense.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real, small tmpfs ({@code mount -t tmpfs -o size=...}) for full-disk tests: mounted on a fresh
 * directory, filled to the last byte on request, unmounted on close. Needs root (as CI runs
 * {@code .ci/run}); without it the test fails with a message saying so, it is never skipped.
 */
public final class SmallTmpfs implements AutoCloseable {
    private final Path mountPoint;
    private Path filler;

    /** Mounts a tmpfs of {@code kib} KiB on a new directory inside {@code parent}. */
    public SmallTmpfs(Path parent, int kib) throws IOException, InterruptedException {
        mountPoint = Files.createDirectories(parent.resolve("tmpfs"));
        run("mount", "-t", "tmpfs", "-o", "size=" + kib + "k,mode=0755", "tmpfs", mountPoint.toString());
    }

    public Path root() {
        return mountPoint;
    }

    /** Writes a filler file until the file system is full (ENOSPC). */
    public void fill() throws IOException {
        filler = mountPoint.resolve("filler");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
            for (int i = 0; i < 4096; i++) { // the last partial block, byte by byte
                out.write(1);
                out.flush();
            }
        } catch (IOException e) {
            // full to the byte
        }
    }

    /** Removes the filler: the disk has room again. */
    public void free() throws IOException {
        if (filler != null) {
            Files.deleteIfExists(filler);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", mountPoint.toString());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (full-disk tests need root, as"
                    + " .ci/run has in CI): " + out.strip());
        }
    }
}
