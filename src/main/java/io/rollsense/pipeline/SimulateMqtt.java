package io.rollsense.pipeline;

import io.rollsense.sim.Simulator;
import io.rollsense.source.MqttPublisher;
import io.rollsense.source.MqttSettings;
import io.rollsense.source.SimulatorSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code simulate --mqtt}: publishes simulated devices to a broker until they end or Ctrl-C. */
public final class SimulateMqtt {
    private SimulateMqtt() {
    }

    public static int run(MqttSettings settings, List<Simulator> sims, int batch, PrintWriter err)
            throws IOException, InterruptedException {
        List<MqttPublisher.Device> devices = new ArrayList<>();
        for (Simulator sim : sims) {
            var lines = SimulatorSource.lines(sim);
            String hello = lines.nextLine(); // the simulator's first line is its hello
            devices.add(new MqttPublisher.Device(sim.hello().deviceId(), hello, lines));
        }
        MqttPublisher publisher = new MqttPublisher(settings, devices, batch, 1);
        Thread hook = new Thread(() -> {
            publisher.stop();
            publisher.close();
        }, "rollsense-simulate-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            err.println("rollsense: publishing " + devices.size() + " simulated device(s) to " + settings.uri()
                    + " (Ctrl-C stops)");
            err.flush();
            publisher.run(null);
        } finally {
            publisher.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running
            }
        }
        err.println("rollsense: published " + publisher.publishedLines() + " frame lines");
        err.flush();
        return 0;
    }
}
