package io.rollsense.cli;

import io.rollsense.protocol.Hello;
import io.rollsense.source.SerialPorts;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rollsense ports [--probe] [PATH...]}: serial ports with descriptions, and which device is on each. */
@Command(name = "ports", mixinStandardHelpOptions = true,
        description = {"List serial ports with their descriptions.",
            "Pseudo-terminals (socat) are not listed by the system; name them as PATH to probe them."})
final class PortsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--probe", description = "Listen about a second on each port (after asking with #HELLO?) and show the device id of any that sends a valid hello.")
    boolean probe;

    @Option(names = "--baud", defaultValue = "115200", description = "Baud rate for probing (default: ${DEFAULT-VALUE}).")
    int baud;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Extra port paths to include (e.g. socat ptys).")
    List<String> extra = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> ports = new LinkedHashMap<>();
        for (SerialPorts.PortInfo p : SerialPorts.list()) {
            ports.put(p.path(), p.description());
        }
        for (String e : extra) {
            ports.putIfAbsent(e, "given on the command line");
        }
        if (ports.isEmpty()) {
            out.println("no serial ports found (ptys must be named, e.g. rollsense ports --probe /tmp/ttyV0)");
            out.flush();
            return 0;
        }
        Map<String, SerialPorts.ProbeResult> heard = new LinkedHashMap<>();
        if (probe) {
            for (SerialPorts.ProbeResult r : SerialPorts.probe(List.copyOf(ports.keySet()), baud, Duration.ofMillis(1200))) {
                heard.put(r.path(), r);
            }
        }
        for (Map.Entry<String, String> e : ports.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s %s", e.getKey(), e.getValue()));
            SerialPorts.ProbeResult r = heard.get(e.getKey());
            if (r != null) {
                Hello h = r.hello();
                line.append(h != null ? String.format(Locale.ROOT, "  device=%s (%s, %d channels at %s Hz, %s)",
                        h.deviceId(), h.kind().wireName(), h.channelCount(), fmt(h.rateHz()), h.unit().wireName())
                        : "  (" + r.problem() + ")");
            }
            out.println(line);
        }
        out.flush();
        return 0;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
