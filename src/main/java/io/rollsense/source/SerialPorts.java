package io.rollsense.source;

import com.fazecast.jSerialComm.SerialPort;
import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.LineDecoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lists serial ports and probes them for RollSense devices. Pseudo-terminals (socat) are not listed
 * by the operating system's port enumeration; pass their paths to {@link #probe} explicitly.
 * Thread-safe; {@link #probe} blocks for at most about the listen time plus one read timeout.
 */
public final class SerialPorts {
    /** A port as the system lists it. */
    public record PortInfo(String path, String description) {
    }

    /** What a probe heard on one port: the hello, or {@code null} with the reason nothing was found. */
    public record ProbeResult(String path, Hello hello, String problem) {
    }

    private SerialPorts() {
    }

    /** Names the extra port paths that {@link #list()} adds (colon-separated), as a system property. */
    public static final String EXTRA_PORTS_PROPERTY = "rollsense.serial.extra";
    /** The same as an environment variable, e.g. {@code ROLLSENSE_SERIAL_EXTRA=/tmp/ttyV0:/tmp/ttyV1}. */
    public static final String EXTRA_PORTS_ENV = "ROLLSENSE_SERIAL_EXTRA";

    /**
     * The system's serial ports with their descriptions, then the extra paths named by
     * {@value #EXTRA_PORTS_ENV} (or the {@value #EXTRA_PORTS_PROPERTY} system property): the system
     * list has no pseudo-terminals (socat, virtual ports), so name them there for {@code ports} and
     * {@code --serial auto}.
     */
    public static List<PortInfo> list() {
        List<PortInfo> out = new ArrayList<>();
        String extra = System.getProperty(EXTRA_PORTS_PROPERTY, System.getenv(EXTRA_PORTS_ENV));
        if (extra != null) {
            for (String path : extra.split(":")) {
                if (!path.isBlank()) {
                    out.add(new PortInfo(path.strip(), "named in " + EXTRA_PORTS_ENV));
                }
            }
        }
        for (SerialPort p : SerialPort.getCommPorts()) {
            String desc = p.getPortDescription();
            String more = p.getDescriptivePortName();
            out.add(new PortInfo(p.getSystemPortPath(),
                    more != null && !more.equals(desc) ? desc + " (" + more + ")" : desc));
        }
        return out;
    }

    /**
     * Opens each port in parallel and listens for up to {@code listen} until a valid hello arrives.
     * Results come in the order of {@code paths}.
     */
    public static List<ProbeResult> probe(List<String> paths, int baud, Duration listen) throws InterruptedException {
        if (paths.isEmpty()) {
            return List.of();
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(16, paths.size()), r -> {
            Thread t = new Thread(r, "probe-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, Future<ProbeResult>> futures = new LinkedHashMap<>();
            for (String p : paths) {
                futures.put(p, pool.submit(() -> probeOne(p, baud, listen)));
            }
            List<ProbeResult> out = new ArrayList<>();
            for (Map.Entry<String, Future<ProbeResult>> e : futures.entrySet()) {
                try {
                    out.add(e.getValue().get(listen.toMillis() + 5000, TimeUnit.MILLISECONDS));
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
                    out.add(new ProbeResult(e.getKey(), null, "probe failed: " + ex));
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The bytes to hand a {@link SerialSource} after a probe consumed the hello. */
    public static byte[] helloPreamble(Hello hello) {
        return (HelloCodec.encode(hello) + "\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static ProbeResult probeOne(String path, int baud, Duration listen) {
        SerialPort port = SerialSource.open(path, baud, 100);
        if (port == null) {
            return new ProbeResult(path, null, "cannot open " + path);
        }
        try {
            LineDecoder decoder = new LineDecoder();
            Hello[] found = new Hello[1];
            DecodeListener l = new DecodeListener() {
                @Override
                public void onHello(Hello hello, long lineNumber) {
                    found[0] = hello;
                }
            };
            byte[] buf = new byte[1024];
            long deadline = System.nanoTime() + listen.toNanos();
            while (found[0] == null && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                int r = port.readBytes(buf, buf.length);
                if (r < 0) {
                    return new ProbeResult(path, null, "read error on " + path);
                }
                decoder.feed(buf, 0, r, l);
            }
            return found[0] != null ? new ProbeResult(path, found[0], null)
                    : new ProbeResult(path, null, "no valid hello within " + listen.toMillis() + " ms");
        } finally {
            port.closePort();
        }
    }
}
