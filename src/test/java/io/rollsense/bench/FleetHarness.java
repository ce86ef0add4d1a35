package io.rollsense.bench;

import io.rollsense.testing.Mosquitto;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Many simulated devices through one real Mosquitto into one {@code live --headless} process, all
 * as child processes of the real CLI. Prints what {@code simulate} published and what {@code live}
 * analysed, lost and its latency. {@code live} runs with {@code --no-record} unless the fourth
 * argument is {@code record} (then the session goes to a temporary library).
 * Usage: {@code FleetHarness DEVICES RATE_HZ SECONDS [record]}.
 */
public final class FleetHarness {
    private FleetHarness() {
    }

    public static void main(String[] args) throws Exception {
        int devices = Integer.parseInt(args[0]);
        String rate = args[1];
        int seconds = Integer.parseInt(args[2]);
        Path dir = Files.createTempDirectory("rollsense-fleet");
        try (Mosquitto broker = new Mosquitto(dir)) {
            boolean record = args.length > 3 && args[3].equals("record");
            Process live = cli("live", "--mqtt", broker.uri(), "--device", "+", "--headless", "--duration",
                    (seconds + 15) + "s", record ? "--data-dir=" + dir.resolve("sessions") : "--no-record");
            awaitLine(live.getInputStream(), "connected");
            drain(live.getInputStream());
            Process sim = cli("simulate", "--mqtt", broker.uri(), "--device", "fleet", "--devices", Integer.toString(devices),
                    "--rate", rate, "--seconds", Integer.toString(seconds), "--scenario", "steady");
            List<String> simErr = readAll(sim.getErrorStream());
            sim.waitFor();
            List<String> liveErr = readAll(live.getErrorStream());
            live.waitFor();
            System.out.println("simulate: " + simErr.get(simErr.size() - 1));
            System.out.println("live:     " + liveErr.get(liveErr.size() - 1));
        }
    }

    private static Process cli(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.rollsense.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).start();
    }

    private static void awaitLine(java.io.InputStream in, String text) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String l; (l = r.readLine()) != null; ) {
            if (l.contains(text)) {
                return;
            }
        }
        throw new IOException("child ended before printing '" + text + "'");
    }

    private static void drain(java.io.InputStream in) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                // child gone
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static List<String> readAll(java.io.InputStream in) throws IOException {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    }
}
