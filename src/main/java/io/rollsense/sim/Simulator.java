package io.rollsense.sim;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.protocol.WireFormat;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A simulated device with a person rolling on it: produces wire-protocol v1 lines exactly as a
 * device sends them (hello first, then frames, with the faults the script injects), and keeps the
 * ground truth. Pull-based and clock-free: {@link #nextLine()} runs as fast as the caller asks;
 * callers that want real time pace themselves by {@link #lastDeviceTimeMs()}. Deterministic: the
 * same builder settings give byte-identical lines. Not thread-safe: use from one thread.
 */
public final class Simulator {
    private static final long WRAP = 1L << 32;

    private final ScenarioScript script;
    private final DeviceKind kind;
    private final PressureUnit unit;
    private final double rateHz;
    private final long seed;
    private final long totalMs;
    private final Hello hello;
    private final String helloLine;
    private final DeviceModel dev;
    private final TruthRecorder truth;
    private final SampleGenerator gen;
    private final WireEmitter emitter;
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private long pendingElapsedMs;
    private long lastElapsedMs;
    private boolean helloSent;
    private boolean lastSent;
    private Consumer<SimFrameTruth> truthListener;

    private Simulator(Builder b, ScenarioScript script) {
        this.script = script;
        this.kind = b.kind;
        this.unit = b.unit;
        this.rateHz = b.rateHz;
        this.seed = b.seed;
        if (b.durationMs > 0) {
            totalMs = b.durationMs;
        } else {
            totalMs = script.loop() ? Long.MAX_VALUE : script.lengthMs();
        }
        dev = DeviceModel.of(kind, b.ballsCentreTaxel);
        Map<String, String> extra = Map.of("sim", "1");
        hello = new Hello(WireFormat.VERSION, b.deviceId, kind, rateHz, unit, dev.xMm, "sim-1",
                unit == PressureUnit.NEWTON ? dev.areaMm2 : Double.NaN, extra);
        helloLine = HelloCodec.encode(hello);
        truth = new TruthRecorder(rateHz, b.keepTruth != null ? b.keepTruth : totalMs != Long.MAX_VALUE, dev.xMm);
        gen = new SampleGenerator(script, dev, rateHz, totalMs, seed, truth);
        long wrapAt = wrapMidMs();
        SimSettings settings = new SimSettings(kind, unit, rateHz, seed, totalMs);
        if (wrapAt >= 0) {
            truth.wrapMs = wrapAt;
            emitter = new WireEmitter(dev, settings, helloLine, truth, WRAP - wrapAt,
                    WRAP - (long) Math.ceil(wrapAt * rateHz / 1000.0));
        } else {
            emitter = new WireEmitter(dev, settings, helloLine, truth, 2000, 0);
        }
    }

    /** Middle of the first {@code wrap} segment within the run, or -1. */
    private long wrapMidMs() {
        long start = 0;
        for (Segment s : script.segments()) {
            if (s.name().equals("wrap") && start < totalMs) {
                return start + Math.min(s.durationMs(), totalMs - start) / 2;
            }
            start += s.durationMs();
        }
        return -1;
    }

    /** A builder with defaults: {@code steady}, roller, kPa, 100 Hz, seed 1, one pass of the script. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Shorthand for the builder.
     *
     * @param durationSeconds run length; {@code <= 0} for one pass of the script (forever when it loops)
     */
    public static Simulator of(String script, DeviceKind kind, PressureUnit unit, double rateHz, long seed,
                               double durationSeconds) {
        return builder().script(script).kind(kind).unit(unit).rateHz(rateHz).seed(seed)
                .durationSeconds(durationSeconds).build();
    }

    /** The hello this device sends first (and again when a {@code faults} segment resends it). */
    public Hello hello() {
        return hello;
    }

    /**
     * The next wire line without terminator (write it followed by {@code \n}), or {@code null} at
     * the end of the run. The first line is the hello.
     */
    public String nextLine() {
        if (!helloSent) {
            helloSent = true;
            lastElapsedMs = 0;
            return helloLine;
        }
        while (pending.isEmpty()) {
            if (!generate()) {
                return null;
            }
        }
        lastElapsedMs = pendingElapsedMs;
        return pending.poll();
    }

    /** Device time (unwrapped, ms) of the line last returned by {@link #nextLine()}. */
    public long lastDeviceTimeMs() {
        return emitter.deviceTimeMs(lastElapsedMs);
    }

    /** Ms since the first frame of the line last returned by {@link #nextLine()}. */
    public long lastElapsedMs() {
        return lastElapsedMs;
    }

    /**
     * Receives the truth of every sample in order, including samples whose frame was dropped;
     * called from {@link #nextLine()} before the sample's lines are returned. {@code null} removes it.
     */
    public void setTruthListener(Consumer<SimFrameTruth> listener) {
        this.truthListener = listener;
    }

    /** The truth of the most recent sample, or {@code null} before the first. */
    public SimFrameTruth lastTruth() {
        return gen.n < 0 ? null : truthNow();
    }

    /**
     * Ground truth of everything generated so far, with intervals for the given thresholds (kPa)
     * and the core's default spine window of ±20 mm.
     *
     * @throws IllegalStateException when the builder was told not to keep the truth
     */
    public GroundTruth groundTruth(double overpressureKpa, double spineKpa) {
        return groundTruth(overpressureKpa, spineKpa, TruthRecorder.SPINE_WINDOW_MM);
    }

    /**
     * Ground truth with intervals for the given thresholds (kPa) and spine window (half-width, mm):
     * spine pressure is the highest noise-free taxel pressure within ±{@code spineWindowMm} of the true spine.
     *
     * @throws IllegalStateException when the builder was told not to keep the truth
     */
    public GroundTruth groundTruth(double overpressureKpa, double spineKpa, double spineWindowMm) {
        if (!truth.keepsSamples()) {
            throw new IllegalStateException("this simulator keeps no truth (Builder.keepTruth(false) or an unbounded run)");
        }
        return truth.build(script.text(), seed, kind.wireName(), unit.wireName(), overpressureKpa, spineKpa, spineWindowMm);
    }

    /**
     * Reads the remaining lines and returns the ground truth of the whole run.
     *
     * @throws IllegalStateException for an unbounded run or one that keeps no truth
     */
    public GroundTruth runToEnd(double overpressureKpa, double spineKpa) {
        if (totalMs == Long.MAX_VALUE) {
            throw new IllegalStateException("runToEnd on an unbounded (looping) simulator");
        }
        while (nextLine() != null) {
            // drain
        }
        return groundTruth(overpressureKpa, spineKpa);
    }

    /** The script being played (canonical form in {@link ScenarioScript#text()}). */
    public ScenarioScript script() {
        return script;
    }

    /** The random seed. */
    public long seed() {
        return seed;
    }

    /** Run length in ms, or {@link Long#MAX_VALUE} when unbounded. */
    public long durationMs() {
        return totalMs;
    }

    private SimFrameTruth truthNow() {
        return new SimFrameTruth(gen.n, gen.elapsedMs, gen.kpa.clone(), gen.spineMm(), gen.spinePressureKpa,
                gen.peakKpa, lastSent);
    }

    private boolean generate() {
        if (!gen.next()) {
            return false;
        }
        pendingElapsedMs = gen.elapsedMs;
        lastSent = emitter.emit(gen, pending);
        if (truthListener != null) {
            truthListener.accept(truthNow());
        }
        return true;
    }

    /** Mixes a seed with a stream number into an independent seed (SplitMix64 finaliser). */
    static long mix(long seed, long stream) {
        long z = seed + stream * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Settings for a {@link Simulator}; not thread-safe. */
    public static final class Builder {
        private String scriptText = "steady";
        private ScenarioScript parsed;
        private DeviceKind kind = DeviceKind.ROLLER;
        private PressureUnit unit = PressureUnit.KPA;
        private double rateHz = 100;
        private long seed = 1;
        private long durationMs;
        private boolean ballsCentreTaxel;
        private String deviceId = "sim-01";
        private Boolean keepTruth;

        private Builder() {
        }

        /** A script or scenario name (see {@link Scenarios}); a single bare name stretches to the duration. */
        public Builder script(String script) {
            this.scriptText = Objects.requireNonNull(script, "script");
            this.parsed = null;
            return this;
        }

        /** An already parsed script, played as is. */
        public Builder script(ScenarioScript script) {
            this.parsed = Objects.requireNonNull(script, "script");
            return this;
        }

        /** Device kind (default roller). */
        public Builder kind(DeviceKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /** Unit of the frame values (default kPa). */
        public Builder unit(PressureUnit unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /** Frame rate, 20–1000 Hz. */
        public Builder rateHz(double rateHz) {
            if (!(rateHz >= 20 && rateHz <= 1000)) {
                throw new IllegalArgumentException("rateHz must be 20–1000 Hz, was " + rateHz);
            }
            this.rateHz = rateHz;
            return this;
        }

        /** Random seed (default 1); the same settings and seed give the same bytes. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Run length in seconds (the script loops to fill it); {@code <= 0} or NaN for one pass / forever. */
        public Builder durationSeconds(double seconds) {
            this.durationMs = seconds > 0 ? Math.round(seconds * 1000) : 0;
            return this;
        }

        /** Balls only: add a sensor between the two balls. */
        public Builder ballsCentreTaxel(boolean on) {
            this.ballsCentreTaxel = on;
            return this;
        }

        /** Device id in the hello (default {@code sim-01}). */
        public Builder deviceId(String id) {
            this.deviceId = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Whether to keep per-sample truth for {@link Simulator#groundTruth} (8 × (channels + 3) bytes a sample).
         * Default: yes for a bounded run, no for an unbounded (looping) one; the truth listener works either way.
         */
        public Builder keepTruth(boolean keep) {
            this.keepTruth = keep;
            return this;
        }

        /** @throws IllegalArgumentException for a bad script */
        public Simulator build() {
            ScenarioScript s = parsed != null ? parsed : Scenarios.parse(scriptText);
            if (parsed == null && durationMs > 0 && s.segments().size() == 1 && !scriptText.contains(":")
                    && !Scenarios.isComposite(scriptText.strip())) {
                Segment only = s.segments().get(0);
                s = new ScenarioScript(java.util.List.of(new Segment(only.name(), durationMs, only.params())), false);
            }
            return new Simulator(this, s);
        }
    }
}
