package io.rollsense.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.PressureUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link Hello} as the JSON object of session {@code H} records. Thread-safe. */
public final class HelloJson {
    private HelloJson() {
    }

    /** The hello as JSON: its fields plus the wire line ({@code line}). */
    public static String encode(Hello h) {
        ObjectNode o = EventCodec.JSON.createObjectNode();
        o.put("v", h.version()).put("device", h.deviceId()).put("kind", h.kind().wireName())
                .put("rateHz", h.rateHz()).put("unit", h.unit().wireName());
        var pos = o.putArray("positionsMm");
        for (double p : h.positionsMm()) {
            pos.add(p);
        }
        o.put("fw", h.firmware());
        if (!Double.isNaN(h.taxelAreaMm2())) {
            o.put("areaMm2", h.taxelAreaMm2());
        }
        ObjectNode extra = o.putObject("extra");
        h.extra().forEach(extra::put);
        o.put("line", HelloCodec.encode(h));
        return o.toString();
    }

    /**
     * Rebuilds a hello from {@link #encode}'s JSON.
     *
     * @throws IllegalArgumentException when a field is missing or out of range
     */
    public static Hello decode(JsonNode o) {
        DeviceKind kind = DeviceKind.fromWire(o.path("kind").asText());
        PressureUnit unit = PressureUnit.fromWire(o.path("unit").asText());
        if (kind == null || unit == null || !o.path("positionsMm").isArray()) {
            throw new IllegalArgumentException("hello record lacks kind, unit or positionsMm");
        }
        double[] pos = new double[o.get("positionsMm").size()];
        for (int i = 0; i < pos.length; i++) {
            pos[i] = o.get("positionsMm").get(i).asDouble();
        }
        Map<String, String> extra = new LinkedHashMap<>();
        o.path("extra").fields().forEachRemaining(e -> extra.put(e.getKey(), e.getValue().asText()));
        return new Hello(o.path("v").asInt(1), o.path("device").asText(), kind, o.path("rateHz").asDouble(), unit, pos,
                o.path("fw").isTextual() ? o.get("fw").asText() : null,
                o.path("areaMm2").isNumber() ? o.get("areaMm2").asDouble() : Double.NaN, extra);
    }
}
