package io.rollsense.source;

import io.rollsense.sim.Simulator;

/**
 * The built-in simulator as a live source: its lines (hello first) paced in real time by device
 * time, or faster by a factor. See {@link GeneratorSource} for threading.
 */
public final class SimulatorSource {
    private SimulatorSource() {
    }

    /** A simulator as a line generator. */
    public static LineGenerator lines(Simulator sim) {
        return new LineGenerator() {
            @Override
            public String nextLine() {
                return sim.nextLine();
            }

            @Override
            public long lastDeviceTimeMs() {
                return sim.lastDeviceTimeMs();
            }
        };
    }

    /**
     * @param channel channel name (e.g. the device id)
     * @param speed   1 = real time, larger = faster, {@code Double.POSITIVE_INFINITY} = unpaced
     */
    public static FrameSource of(String channel, Simulator sim, double speed) {
        return new GeneratorSource(channel, lines(sim), speed, Long.MAX_VALUE);
    }
}
