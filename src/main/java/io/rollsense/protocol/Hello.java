package io.rollsense.protocol;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A device's hello line: who it is and what its frames mean.
 *
 * @param version       protocol version ({@code v=}), 1 for this code
 * @param deviceId      device id ({@code device=}), 1..{@value #MAX_DEVICE_ID_LENGTH} characters, no spaces or {@code /}
 * @param kind          device kind ({@code kind=})
 * @param rateHz        declared frame rate in Hz ({@code rate=}), {@value #MIN_RATE_HZ}..{@value #MAX_RATE_HZ}
 * @param unit          unit of the frame values ({@code unit=})
 * @param positionsMm   lateral position of each taxel in mm, negative = left of device centre
 *                      ({@code pos=}); its length is the channel count (1..64)
 * @param firmware      firmware version ({@code fw=}), or {@code null}
 * @param taxelAreaMm2  taxel area in mm² ({@code area=}), or {@code NaN} when not declared
 * @param extra         unknown keys, kept and otherwise ignored (never null)
 */
public record Hello(int version, String deviceId, DeviceKind kind, double rateHz, PressureUnit unit,
                    double[] positionsMm, String firmware, double taxelAreaMm2,
                    Map<String, String> extra) {

    /** Largest channel count accepted. */
    public static final int MAX_CHANNELS = 64;
    /** Lowest declared frame rate accepted, Hz. */
    public static final double MIN_RATE_HZ = 1;
    /** Highest declared frame rate accepted, Hz (the analyzer sizes its filters from the rate). */
    public static final double MAX_RATE_HZ = 2000;
    /** Longest device id accepted, characters (it is also an MQTT topic level and a file name part). */
    public static final int MAX_DEVICE_ID_LENGTH = 64;
    /** Largest taxel position accepted, mm either side of the device centre (10 m). */
    public static final double MAX_POSITION_MM = 10_000;
    /** Largest taxel area accepted, mm² (1 m²). */
    public static final double MAX_AREA_MM2 = 1_000_000;

    public Hello {
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, was " + version);
        }
        if (deviceId == null || deviceId.isEmpty() || deviceId.contains(" ") || deviceId.contains("/")
                || deviceId.length() > MAX_DEVICE_ID_LENGTH) {
            throw new IllegalArgumentException("deviceId must be 1.." + MAX_DEVICE_ID_LENGTH
                    + " characters without spaces or '/', was '" + deviceId + "'");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        if (!(rateHz >= MIN_RATE_HZ && rateHz <= MAX_RATE_HZ)) {
            throw new IllegalArgumentException("rateHz must be " + MIN_RATE_HZ + ".." + MAX_RATE_HZ + ", was " + rateHz);
        }
        if (positionsMm == null || positionsMm.length < 1 || positionsMm.length > MAX_CHANNELS) {
            throw new IllegalArgumentException("positionsMm must have 1.." + MAX_CHANNELS + " entries");
        }
        for (double p : positionsMm) {
            if (!(Math.abs(p) <= MAX_POSITION_MM)) {
                throw new IllegalArgumentException("positionsMm entries must be within +-" + MAX_POSITION_MM + ", was " + p);
            }
        }
        if (!Double.isNaN(taxelAreaMm2) && !(taxelAreaMm2 > 0 && taxelAreaMm2 <= MAX_AREA_MM2)) {
            throw new IllegalArgumentException("taxelAreaMm2 must be > 0 and <= " + MAX_AREA_MM2 + " (or NaN), was " + taxelAreaMm2);
        }
        positionsMm = positionsMm.clone();
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** Convenience constructor without optional fields. */
    public Hello(String deviceId, DeviceKind kind, double rateHz, PressureUnit unit, double... positionsMm) {
        this(WireFormat.VERSION, deviceId, kind, rateHz, unit, positionsMm, null, Double.NaN, Map.of());
    }

    /** Number of channels (taxels) in every frame. */
    public int channelCount() {
        return positionsMm.length;
    }

    /** Lateral position of taxel {@code i} in mm. */
    public double positionMm(int i) {
        return positionsMm[i];
    }

    @Override
    public double[] positionsMm() {
        return positionsMm.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hello h && version == h.version && deviceId.equals(h.deviceId) && kind == h.kind
                && Double.compare(rateHz, h.rateHz) == 0 && unit == h.unit
                && Arrays.equals(positionsMm, h.positionsMm) && Objects.equals(firmware, h.firmware)
                && Double.compare(taxelAreaMm2, h.taxelAreaMm2) == 0 && extra.equals(h.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deviceId, kind, rateHz, unit, Arrays.hashCode(positionsMm));
    }

    @Override
    public String toString() {
        return HelloCodec.encode(this);
    }
}
