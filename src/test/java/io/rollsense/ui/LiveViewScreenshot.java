package io.rollsense.ui;

import io.rollsense.testing.SwingWait;

import io.rollsense.pipeline.ControlRelay;
import io.rollsense.pipeline.Pipeline;
import io.rollsense.core.AnalysisSettings;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.Simulator;
import io.rollsense.source.SimulatorSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Makes the README screenshot: the {@code demo} scenario through the real pipeline at 4x speed
 * into the live window (60 s window), captured while the spine alert is up. Needs a display.
 * Args: output PNG (docs/img/live-view.png), device kind (roller).
 */
public final class LiveViewScreenshot {
    private LiveViewScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path png = Path.of(args.length > 0 ? args[0] : "docs/img/live-view.png");
        Path config = Files.createTempDirectory("rollsense-shot");
        Files.writeString(config.resolve("live-view.properties"), "window-ms=60000\nmuted=true\nbounds=0,0,1440,900\n");
        System.setProperty("rollsense.config.dir", config.toString());
        DeviceKind kind = args.length > 1 ? DeviceKind.fromWire(args[1]) : DeviceKind.ROLLER;
        Simulator sim = Simulator.of("demo", kind, PressureUnit.KPA, 100, 1, 0);
        ControlRelay control = new ControlRelay(true);
        LiveView.Handle handle = LiveView.show("demo", AnalysisSettings.DEFAULTS, control);
        Pipeline p = Pipeline.builder().source(SimulatorSource.of("sim", sim, 4.0)).listener(handle.listener())
                .settings(AnalysisSettings.DEFAULTS).shutdownHook(false).build();
        control.bind(p);
        p.start();
        LiveWindow w = handle.window();
        boolean ok = SwingWait.until(() -> w.banner().alerting() && w.banner().text().startsWith("SPINE")
                && w.alertList().rows().get(0).contains("Spine"), 120, TimeUnit.SECONDS);
        // let the alert run about a second of device time so the charts show it
        long raisedAtMs = SwingWait.onEdt(() -> w.sessionMs());
        SwingWait.until(() -> w.sessionMs() >= raisedAtMs + 1000 || !w.banner().alerting(), 10, TimeUnit.SECONDS);
        SwingWait.screenshot(w.frame(), png);
        System.out.println((ok ? "spine alert shown; " : "NO spine alert; ") + "wrote " + png);
        p.stop();
        handle.close();
        handle.awaitClosed(5, TimeUnit.SECONDS);
        System.exit(ok ? 0 : 1);
    }
}
