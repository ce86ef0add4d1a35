package io.rollsense.session;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: copies of the committed sample session fixture, placed in a library. */
public final class SampleSessions {
    /** Classpath location of the format v1 sample session. */
    public static final String SAMPLE_V1 = "/io/rollsense/session/sample-v1.rsession";
    private static final long SAMPLE_START = 1795559988371L;

    private SampleSessions() {
    }

    /** Copies the sample into {@code dir} as {@code id}, moved {@code day} days later; optionally cut before its close. */
    public static Path copy(Path dir, String id, int day, boolean unfinished) throws Exception {
        String text;
        try (InputStream in = SampleSessions.class.getResourceAsStream(SAMPLE_V1)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace("sample-v1", id).replace(Long.toString(SAMPLE_START), Long.toString(SAMPLE_START + day * 86_400_000L));
        if (unfinished) {
            text = text.substring(0, text.lastIndexOf("\nZ ") + 1) + "L 7170 roller-01 $70";
        }
        Path f = dir.resolve(id + SessionFormat.SUFFIX);
        Files.writeString(f, text);
        return f;
    }
}
