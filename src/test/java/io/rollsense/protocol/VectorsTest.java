package io.rollsense.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shared test vectors in {@code firmware-protocol/vectors.txt} (format in PROTOCOL.md): fed in
 * file order to one decoder, each vector's line must give exactly the expected event, and the Java
 * encoders must reproduce every {@code canonical} line byte for byte. The system property
 * {@code rollsense.vectors} may point at another copy of the file.
 */
class VectorsTest {
    static final Path VECTORS = Path.of(System.getProperty("rollsense.vectors", "firmware-protocol/vectors.txt"));

    /** One vector: its file line number, expectation fields and the raw line bytes. */
    record Vector(int fileLine, String kind, Map<String, String> fields, boolean canonical, byte[] line) {
    }

    static List<Vector> load() throws IOException {
        if (!Files.isRegularFile(VECTORS)) {
            fail("test vectors not found at " + VECTORS.toAbsolutePath()
                    + " (written by the firmware-protocol work; run from the repo root)");
        }
        List<Vector> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(VECTORS, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("//")) {
                continue;
            }
            int tab = l.indexOf('\t');
            assertTrue(tab > 0, "vectors.txt:" + (i + 1) + " has no TAB");
            String[] exp = l.substring(0, tab).trim().split(" +");
            Map<String, String> fields = new HashMap<>();
            boolean canonical = false;
            for (int k = 1; k < exp.length; k++) {
                int eq = exp[k].indexOf('=');
                if (exp[k].equals("canonical")) {
                    canonical = true;
                } else if (eq > 0) {
                    fields.put(exp[k].substring(0, eq), exp[k].substring(eq + 1));
                } else {
                    fields.put("category", exp[k]);
                }
            }
            out.add(new Vector(i + 1, exp[0], fields, canonical, unescape(l.substring(tab + 1))));
        }
        return out;
    }

    /** {@code \\ \t \r \xHH} escapes, or {@code @repeat(c,n)} for the whole field. */
    static byte[] unescape(String s) {
        if (s.startsWith("@repeat(") && s.endsWith(")")) {
            String[] a = s.substring(8, s.length() - 1).split(",");
            byte[] b = new byte[Integer.parseInt(a[1].trim())];
            Arrays.fill(b, (byte) a[0].charAt(0));
            return b;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.write(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'x' -> {
                    out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> out.write(e);
            }
        }
        return out.toByteArray();
    }

    @Test
    void everyVectorDecodesAsExpected() throws IOException {
        List<Vector> vectors = load();
        LineDecoder decoder = new LineDecoder();
        List<String> problems = new ArrayList<>();
        Set<BadLineCategory> seen = EnumSet.noneOf(BadLineCategory.class);
        for (Vector v : vectors) {
            Recorder r = new Recorder();
            byte[] withNewline = Arrays.copyOf(v.line(), v.line().length + 1);
            withNewline[v.line().length] = '\n';
            decoder.feed(withNewline, 0, withNewline.length, r);
            String problem = check(v, r);
            if (problem != null) {
                problems.add("vectors.txt:" + v.fileLine() + ": " + problem + "; got " + r.events);
            }
            r.bad.forEach(b -> seen.add(b.category()));
        }
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
        assertEquals(EnumSet.allOf(BadLineCategory.class), seen, "the vectors cover every bad-line category");
        DecoderStats s = decoder.stats();
        assertEquals(vectors.size(), s.lines(), "one counted line per vector");
        assertEquals(s.lines(), s.hellos() + s.frames() + s.logs() + s.badLines());
    }

    private static String check(Vector v, Recorder r) {
        Map<String, String> f = v.fields();
        String line = new String(v.line(), StandardCharsets.ISO_8859_1);
        switch (v.kind()) {
            case "hello" -> {
                if (r.hellos.size() != 1) {
                    return "expected one hello";
                }
                Hello h = r.hellos.get(0);
                boolean ok = h.deviceId().equals(f.get("device")) && h.kind().wireName().equals(f.get("kind"))
                        && h.rateHz() == Double.parseDouble(f.get("rate")) && h.unit().wireName().equals(f.get("unit"))
                        && h.channelCount() == Integer.parseInt(f.get("channels"));
                if (!ok) {
                    return "hello fields differ: " + f;
                }
                return v.canonical() && !HelloCodec.encode(h).equals(line) ? "HelloCodec wrote " + HelloCodec.encode(h) : null;
            }
            case "frame" -> {
                if (r.frames.size() != 1) {
                    return "expected one frame";
                }
                Frame fr = r.frames.get(0);
                double[] values = Arrays.stream(f.get("values").split(",")).mapToDouble(Double::parseDouble).toArray();
                long dropped = Long.parseLong(f.getOrDefault("dropped", "0"));
                if (fr.wireSeq() != Long.parseLong(f.get("seq")) || fr.wireTimeMs() != Long.parseLong(f.get("t"))
                        || !Arrays.equals(values, fr.values()) || r.dropped.get(0) != dropped) {
                    return "frame differs from " + f;
                }
                String encoded = FrameEncoder.frame(fr.seq(), fr.deviceTimeMs(), fr.values(), 2);
                return v.canonical() && !encoded.equals(line) ? "FrameEncoder wrote " + encoded : null;
            }
            case "log" -> {
                return r.logs.size() == 1 && r.events.size() == 2 ? null : "expected one log line";
            }
            case "bad" -> {
                BadLineCategory c = BadLineCategory.fromKey(f.get("category"));
                if (c == null) {
                    return "unknown category " + f.get("category");
                }
                return r.bad.size() == 1 && r.bad.get(0).category() == c && r.events.size() == 2 ? null : "expected bad " + c.key();
            }
            default -> {
                return "unknown expectation " + v.kind();
            }
        }
    }
}
