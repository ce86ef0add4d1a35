package io.rollsense.protocol;

import java.util.Map;

/** Writes hello lines (they are parsed by {@link LineDecoder}). Stateless and thread-safe. */
public final class HelloCodec {
    private HelloCodec() {
    }

    /** The hello as one wire line without terminator, e.g. {@code #HELLO v=1 device=r1 kind=roller ...}. */
    public static String encode(Hello h) {
        StringBuilder sb = new StringBuilder(96);
        sb.append(WireFormat.HELLO_PREFIX).append(" v=").append(h.version())
                .append(" device=").append(h.deviceId())
                .append(" kind=").append(h.kind().wireName())
                .append(" rate=");
        FrameEncoder.appendDecimal(sb, h.rateHz(), 4);
        sb.append(" unit=").append(h.unit().wireName()).append(" pos=");
        for (int i = 0; i < h.channelCount(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            FrameEncoder.appendSignedDecimal(sb, h.positionMm(i), 1);
        }
        if (h.firmware() != null) {
            sb.append(" fw=").append(h.firmware());
        }
        if (!Double.isNaN(h.taxelAreaMm2())) {
            sb.append(" area=");
            FrameEncoder.appendDecimal(sb, h.taxelAreaMm2(), 2);
        }
        for (Map.Entry<String, String> e : h.extra().entrySet()) {
            sb.append(' ').append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }
}
