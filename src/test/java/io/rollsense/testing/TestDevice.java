package io.rollsense.testing;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.FrameEncoder;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.source.LineGenerator;

/**
 * A deterministic fake device: hello first, then frames of an 8-taxel roller at {@code rateHz}
 * with a slow load wave; every {@code badEvery}-th frame line is replaced by a corrupted one
 * (CRC broken) when {@code badEvery > 0}. Endless.
 */
public final class TestDevice implements LineGenerator {
    public static final double[] POSITIONS_MM = {-105, -75, -45, -15, 15, 45, 75, 105};
    private final Hello hello;
    private final int badEvery;
    private long seq;
    private long lastTimeMs;
    private boolean helloSent;

    public TestDevice(String id, double rateHz, int badEvery) {
        this.hello = new Hello(id, DeviceKind.ROLLER, rateHz, PressureUnit.KPA, POSITIONS_MM);
        this.badEvery = badEvery;
    }

    public Hello hello() {
        return hello;
    }

    public String helloLine() {
        return HelloCodec.encode(hello);
    }

    /** Lines after the hello (for publishers that send the hello separately). */
    public TestDevice skipHello() {
        helloSent = true;
        return this;
    }

    @Override
    public String nextLine() {
        if (!helloSent) {
            helloSent = true;
            return helloLine();
        }
        long t = Math.round(seq * 1000.0 / hello.rateHz());
        double[] v = new double[POSITIONS_MM.length];
        double load = 10 + 8 * Math.sin(2 * Math.PI * t / 3000.0);
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(0, load * (1 - Math.abs(POSITIONS_MM[i]) / 150.0));
        }
        String line = FrameEncoder.frame(seq, t, v, 1);
        seq++;
        lastTimeMs = t;
        if (badEvery > 0 && seq % badEvery == 0) {
            return line.substring(0, line.length() - 4) + (line.endsWith("0000") ? "FFFF" : "0000");
        }
        return line;
    }

    /** Leaves out the next {@code frames} frames, as frames lost on the way would be. */
    public void skip(long frames) {
        seq += frames;
    }

    @Override
    public long lastDeviceTimeMs() {
        return lastTimeMs;
    }
}
