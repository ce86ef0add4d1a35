package io.rollsense.protocol;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A device's hello line: who it is and what its frames mean.
 *
 * @param version       protocol version ({@code v=}), 1 for this code
 * @param deviceId      device id ({@code device=}), non-empty, no spaces or {@code /}
 * @param kind          device kind ({@code kind=})
 * @param rateHz        declared frame rate in Hz ({@code rate=}), &gt; 0
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

    public Hello {
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, was " + version);
        }
        if (deviceId == null || deviceId.isEmpty() || deviceId.contains(" ") || deviceId.contains("/")) {
            throw new IllegalArgumentException("deviceId must be non-empty without spaces or '/', was '" + deviceId + "'");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        if (!(rateHz > 0) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("rateHz must be > 0, was " + rateHz);
        }
        if (positionsMm == null || positionsMm.length < 1 || positionsMm.length > MAX_CHANNELS) {
            throw new IllegalArgumentException("positionsMm must have 1.." + MAX_CHANNELS + " entries");
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
