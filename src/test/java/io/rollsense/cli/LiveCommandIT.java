package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rollsense.source.MqttPublisher;
import io.rollsense.source.MqttSettings;
import io.rollsense.testing.Background;
import io.rollsense.testing.Mosquitto;
import io.rollsense.testing.ExternalProcess;
import io.rollsense.testing.PtyDeviceWriter;
import io.rollsense.testing.SocatPair;
import io.rollsense.testing.TestDevice;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rollsense live} end to end over a real pty pair and a real broker. */
class LiveCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> jsonLines(String text) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                out.add(JSON.readTree(l));
            }
        }
        return out;
    }

    private static boolean hasStatus(List<JsonNode> lines, String status) {
        return lines.stream().anyMatch(n -> n.path("type").asText().equals("status") && n.path("status").asText().equals(status));
    }

    @Test
    void liveJsonOverSerialPty() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        TestDevice device = new TestDevice("cli-roller", 100, 20);
        int code;
        try (SocatPair pty = new SocatPair(dir);
             PtyDeviceWriter w = new PtyDeviceWriter(pty.deviceEnd(), device, device.helloLine(), 2)) {
            code = Main.run(new String[] {"live", "--serial", pty.hostEnd().toString(), "--json", "--duration", "2s"},
                    new PrintWriter(out, true), new PrintWriter(err, true));
        }
        assertEquals(0, code, err.toString());
        List<JsonNode> lines = jsonLines(out.toString());
        assertTrue(hasStatus(lines, "connected"), out.toString());
        assertTrue(hasStatus(lines, "hello"), out.toString());
        assertTrue(hasStatus(lines, "bad_lines"), out.toString());
        JsonNode summary = lines.get(lines.size() - 1);
        assertEquals("summary", summary.path("type").asText());
        assertTrue(summary.path("frames").asLong() > 20, summary.toString());
        assertTrue(summary.path("bad_lines").asLong() > 0, summary.toString());
    }

    @Test
    void liveJsonOverMqttFollowsEveryDevice() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (Mosquitto broker = new Mosquitto(dir)) {
            TestDevice a = new TestDevice("a", 100, 0);
            TestDevice b = new TestDevice("b", 100, 10);
            MqttPublisher pub = new MqttPublisher(MqttSettings.of(broker.uri()), List.of(
                    new MqttPublisher.Device("a", a.helloLine(), a.skipHello()),
                    new MqttPublisher.Device("b", b.helloLine(), b.skipHello())), 10, 2);
            Thread t = Background.publish(pub);
            code = Main.run(new String[] {"live", "--mqtt", broker.uri(), "--device", "+", "--json", "--duration", "3s"},
                    new PrintWriter(out, true), new PrintWriter(err, true));
            pub.stop();
            t.join(10_000);
            pub.close();
        }
        assertEquals(0, code, err.toString());
        List<JsonNode> lines = jsonLines(out.toString());
        assertTrue(lines.stream().anyMatch(n -> n.path("status").asText().equals("hello") && n.path("device").asText().equals("a")));
        assertTrue(lines.stream().anyMatch(n -> n.path("status").asText().equals("hello") && n.path("device").asText().equals("b")));
        assertTrue(lines.stream().anyMatch(n -> n.path("status").asText().equals("bad_lines") && n.path("device").asText().equals("b")
                && n.path("count").asLong() > 0), out.toString());
        JsonNode summary = lines.get(lines.size() - 1);
        assertEquals(2, summary.path("devices").asInt(), summary.toString());
    }

    @Test
    void simulateMqttFeedsLive() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter simErr = new StringWriter();
        int[] simCode = {-1};
        try (Mosquitto broker = new Mosquitto(dir)) {
            Thread sim = new Thread(() -> simCode[0] = Main.run(new String[] {"simulate", "--mqtt", broker.uri(),
                "--device", "ward", "--devices", "2", "--seconds", "4"},
                    new PrintWriter(new StringWriter(), true), new PrintWriter(simErr, true)));
            sim.start();
            int code = Main.run(new String[] {"live", "--mqtt", broker.uri(), "--json", "--duration", "3s"},
                    new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
            sim.join(20_000);
            assertEquals(0, code);
        }
        assertEquals(0, simCode[0], simErr.toString());
        List<JsonNode> lines = jsonLines(out.toString());
        for (String id : new String[] {"ward-1", "ward-2"}) {
            assertTrue(lines.stream().anyMatch(n -> n.path("status").asText().equals("hello") && n.path("device").asText().equals(id)),
                    id + " seen: " + out);
        }
        JsonNode summary = lines.get(lines.size() - 1);
        assertTrue(summary.path("frames").asLong() > 100, summary.toString());
        assertEquals(0, summary.path("bad_lines").asLong(), summary.toString());
    }

    @Test
    void passwordIsNeverAnOption() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"live", "--mqtt", "tcp://127.0.0.1:1", "--password", "secret"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(Main.EXIT_USAGE, code);
    }

    @Test
    void needsExactlyOneInput() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"live", "--json"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(Main.EXIT_USAGE, code, err.toString());
        assertTrue(err.toString().contains("--serial"), err.toString());
    }

    /** The real CLI in a child JVM: {@code jvmOption} (may be empty) then {@code Main} with {@code args}. */
    private static ProcessBuilder cli(String jvmOption, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!jvmOption.isEmpty()) {
            cmd.add(jvmOption);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.rollsense.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    @Test
    void withoutADisplayItSaysSoAndPrintsText() throws Exception {
        TestDevice device = new TestDevice("textual", 100, 0);
        try (SocatPair pty = new SocatPair(dir);
             PtyDeviceWriter w = new PtyDeviceWriter(pty.deviceEnd(), device, device.helloLine(), 1)) {
            Process p = cli("-Djava.awt.headless=true", "live", "--serial", pty.hostEnd().toString(), "--duration", "2s").start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), err);
            assertEquals(1, err.lines().filter(l -> l.contains("no live window")).count(), err);
            assertTrue(out.contains("connected: opened " + pty.hostEnd()), out);
            assertTrue(out.contains("device textual: roller, 8 taxels"), out);
            assertTrue(err.contains("rollsense: stopped;"), err);
        }
    }

    @Test
    void withADisplayItOpensTheLiveWindow() throws Exception {
        String display = System.getenv("DISPLAY");
        assumeTrue(display != null && !display.isBlank(), "no display: run under Xvfb (DISPLAY=:99) for the window test");
        TestDevice device = new TestDevice("windowed", 100, 0);
        try (SocatPair pty = new SocatPair(dir);
             PtyDeviceWriter w = new PtyDeviceWriter(pty.deviceEnd(), device, device.helloLine(), 1)) {
            Process p = cli("", "live", "--serial", pty.hostEnd().toString(), "--duration", "3s").start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), err);
            assertFalse(err.contains("no live window"), err);
            assertTrue(err.matches("(?s).*stopped; [1-9]\\d* frames.*"), err);
        }
    }

    @Test
    void ctrlCStopsAChildProcessCleanly() throws Exception {
        List<String> lines;
        TestDevice device = new TestDevice("child", 100, 0);
        try (SocatPair pty = new SocatPair(dir);
             PtyDeviceWriter w = new PtyDeviceWriter(pty.deviceEnd(), device, device.helloLine(), 1)) {
            try (ExternalProcess child = ExternalProcess.start("rollsense live", cli("", "live", "--json", "--serial",
                    pty.hostEnd().toString()).redirectError(ProcessBuilder.Redirect.DISCARD))) {
                child.awaitLine(l -> l.contains("\"status\":\"hello\""), Duration.ofSeconds(30));
                // Ctrl-C: SIGINT to the child (Process.destroy would close our end of its output)
                assertTrue(new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor(10, TimeUnit.SECONDS));
                assertTrue(child.awaitEnd(Duration.ofSeconds(20)), "child exits and its output ends");
                lines = child.lines();
            }
            JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
            assertEquals("summary", last.path("type").asText(), "clean stop writes the summary: " + lines);
        }
    }
}
