package io.rollsense.sim;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes and reads {@link GroundTruth} as JSON with snake_case keys. Thread-safe. */
public final class GroundTruthJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private GroundTruthJson() {
    }

    /** The truth as a JSON document. */
    public static String toJson(GroundTruth truth) {
        try {
            return MAPPER.writeValueAsString(truth);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write ground truth as JSON", e);
        }
    }

    /** Writes the truth to {@code file}; the exception names the file. */
    public static void write(GroundTruth truth, Path file) throws IOException {
        try {
            MAPPER.writeValue(file.toFile(), truth);
        } catch (IOException e) {
            throw new IOException("cannot write ground truth to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a truth file; the exception names the file. Unknown keys are ignored (additive format). */
    public static GroundTruth read(Path file) throws IOException {
        try {
            return MAPPER.readValue(file.toFile(), GroundTruth.class);
        } catch (IOException e) {
            throw new IOException("cannot read ground truth " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a truth document. */
    public static GroundTruth parse(String json) throws IOException {
        return MAPPER.readValue(json, GroundTruth.class);
    }
}
