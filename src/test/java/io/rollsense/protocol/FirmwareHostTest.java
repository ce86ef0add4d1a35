package io.rollsense.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the C reference encoder with gcc ({@code make -C firmware-protocol test}) and runs its
 * host test against the shared vectors, so {@code mvn verify} checks the device-side code too.
 * Needs {@code make} and {@code gcc} on the PATH (CI's {@code .ci/run} installs them).
 */
class FirmwareHostTest {
    private static final long TIMEOUT_S = 120;
    private static final Path FIRMWARE = Path.of("firmware-protocol");

    /** Exit code and combined stdout/stderr of a finished process. */
    private record Result(int exitCode, String output) {
    }

    private static Result run(Path outFile, String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(outFile.toFile()).start();
        } catch (IOException e) {
            throw new IOException("cannot run " + command[0] + " (install make, gcc and g++; .ci/run does): "
                    + e.getMessage(), e);
        }
        boolean done = p.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String out = Files.readString(outFile, StandardCharsets.ISO_8859_1);
        assertTrue(done, () -> String.join(" ", command) + " did not finish in " + TIMEOUT_S + " s:\n" + out);
        return new Result(p.exitValue(), out);
    }

    @Test
    void cEncoderPassesTheSharedVectors(@TempDir Path tmp) throws Exception {
        Result r = run(tmp.resolve("make.out"), "make", "-C", FIRMWARE.toString(), "test");
        assertEquals(0, r.exitCode(), () -> "make -C firmware-protocol test failed:\n" + r.output());
        assertTrue(r.output().contains(" passed, 0 failed"), () -> "unexpected host test output:\n" + r.output());
    }

    @Test
    void hostTestFailsOnAWrongVector(@TempDir Path tmp) throws Exception {
        Result build = run(tmp.resolve("build.out"), "make", "-C", FIRMWARE.toString(), "build/host_test");
        assertEquals(0, build.exitCode(), () -> "building the host test failed:\n" + build.output());
        List<String> lines = Files.readAllLines(FIRMWARE.resolve("vectors.txt"), StandardCharsets.ISO_8859_1);
        String wrong = "frame seq=0 t=0 values=3.1,8.2,21.5,4,4.2,20.9,7.7,2.8 canonical\t$0,0,3.1,8.2,21.5,4,4.2,20.9,7.7,2.8*0656";
        int i = lines.indexOf(wrong);
        assertTrue(i >= 0, "the vector this test corrupts is no longer in vectors.txt");
        lines.set(i, wrong.replace("*0656", "*0657")); // one flipped CRC bit
        Path mutated = tmp.resolve("vectors.txt");
        Files.write(mutated, lines, StandardCharsets.ISO_8859_1);
        Result r = run(tmp.resolve("host.out"), FIRMWARE.resolve("build/host_test").toString(), mutated.toString());
        assertNotEquals(0, r.exitCode(), () -> "host test accepted a wrong CRC:\n" + r.output());
        assertTrue(r.output().contains("1 failed"), () -> "expected exactly one failure:\n" + r.output());
    }
}
