package io.rollsense.cli;

import io.rollsense.source.FrameSource;
import io.rollsense.source.MqttSource;
import io.rollsense.source.SerialPorts;
import io.rollsense.source.SerialSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** Where live data comes from: {@code --serial PORT|auto [--baud]} or {@code --mqtt URI --device ID|+}. */
final class InputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--serial", paramLabel = "PORT|auto",
            description = "Serial port path (USB device, COM port, pty), or 'auto' for the port whose device sends a hello.")
    String serial;

    @Option(names = "--baud", defaultValue = "115200", description = "Serial baud rate (default: ${DEFAULT-VALUE}).")
    int baud;

    @Option(names = "--mqtt", paramLabel = "URI", description = "MQTT broker, tcp://host:1883 or ssl://host:8883.")
    String mqtt;

    @Option(names = "--device", defaultValue = "+", paramLabel = "ID|+",
            description = "MQTT device id to follow, or + for every device (default: ${DEFAULT-VALUE}).")
    String device;

    @Mixin
    MqttOptions mqttOptions = new MqttOptions();

    /** Checks that exactly one input is given; a usage error otherwise. */
    void validate() {
        if ((serial == null) == (mqtt == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --serial PORT|auto or --mqtt URI");
        }
    }

    /** Whether at most one device can arrive (serial, or one MQTT device id). */
    boolean singleDevice() {
        return serial != null || !device.equals("+");
    }

    /** A title for windows and messages. */
    String title() {
        return serial != null ? serial : mqtt + " " + device;
    }

    /** Builds the source; {@code auto} probes the listed ports (progress goes to {@code err}). */
    FrameSource source(PrintWriter err) throws IOException, InterruptedException {
        validate();
        if (mqtt != null) {
            return new MqttSource(mqttOptions.settings(mqtt), device);
        }
        if (!serial.equals("auto")) {
            if (serial.startsWith("/") && !Files.exists(Path.of(serial))) {
                throw new IOException("serial port " + serial + " does not exist");
            }
            return new SerialSource(serial, baud);
        }
        List<String> ports = SerialPorts.list().stream().map(SerialPorts.PortInfo::path).toList();
        for (SerialPorts.ProbeResult r : SerialPorts.probe(ports, baud, Duration.ofMillis(1200))) {
            if (r.hello() != null) {
                err.println("rollsense: using " + r.path() + " (device " + r.hello().deviceId() + ")");
                err.flush();
                return new SerialSource(r.path(), baud, SerialPorts.helloPreamble(r.hello()));
            }
        }
        throw new IOException("no serial port sent a valid hello within 1.2 s (checked " + ports.size()
                + " port(s): " + String.join(", ", ports) + "); give the port with --serial PATH");
    }
}
