package io.rollsense.session;

import io.rollsense.core.AnalysisSettings;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sample session fixture {@code src/test/resources/io/rollsense/session/sample-v1.rsession}
 * with the recorder (7 s of a roller at 100 Hz, strokes, cadence, one spine alert, pain 6 then 4).
 * Regenerate with {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.rollsense.session.SampleSessionWriter}. Old fixtures are kept when the format changes.
 */
public final class SampleSessionWriter {
    private SampleSessionWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/io/rollsense/session/sample-v1.rsession");
        Files.createDirectories(out.getParent());
        Files.deleteIfExists(out);
        SessionRecorder rec = SessionRecorder.startFile(out, new SessionMetadata("0.1.0", "demo:steady",
                AnalysisSettings.DEFAULTS, null, "sample session for tests", 6), System.err::println);
        TestSessions.feed(rec, 700, System.currentTimeMillis());
        rec.setPainAfter(4);
        rec.close();
        System.out.println("wrote " + out);
    }
}
