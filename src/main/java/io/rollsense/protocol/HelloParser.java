package io.rollsense.protocol;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Parses a hello line {@code #HELLO v=1 device=<id> kind=<k> rate=<Hz> unit=<u> pos=<mm>,...}.
 * Keys come in any order, separated by one or more spaces; unknown keys are kept in
 * {@link Hello#extra()}. Required: {@code v device kind rate unit pos}; optional {@code fw area}.
 *
 * <p>Errors: a missing, repeated or malformed key, an unknown kind or unit, a device id with
 * characters outside printable ASCII or with {@code / + #} gives {@link BadLineCategory#SYNTAX};
 * a well-formed value out of range ({@code v} other than 1, {@code rate} outside 1..2000 Hz,
 * {@code area} not in (0, 10^6] mm², a position beyond ±10 m, more than {@link Hello#MAX_CHANNELS}
 * positions, a device id longer than {@link Hello#MAX_DEVICE_ID_LENGTH}) gives {@link BadLineCategory#RANGE}.
 * Hellos are rare, so this works on a String. Stateless and thread-safe.
 */
final class HelloParser {
    private static final Set<String> KNOWN_KEYS = Set.of("v", "device", "kind", "rate", "unit", "pos", "fw", "area");

    private HelloParser() {
    }

    /** Either a hello or why the line is not one. */
    record Result(Hello hello, BadLineCategory error, String detail) {
        static Result bad(BadLineCategory error, String detail) {
            return new Result(null, error, detail);
        }
    }

    /** True when the line (bytes from {@code off}) must be parsed as a hello: {@code #HELLO} alone or followed by a space. */
    static boolean isHello(byte[] b, int off, int len) {
        String p = WireFormat.HELLO_PREFIX;
        if (len < p.length() || (len > p.length() && b[off + p.length()] != ' ')) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (b[off + i] != p.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Parses a whole hello line (with its {@code #HELLO} prefix). */
    static Result parse(String line) {
        Map<String, String> keys = new HashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        for (String token : line.substring(WireFormat.HELLO_PREFIX.length()).split(" ")) {
            if (token.isEmpty()) {
                continue;
            }
            int eq = token.indexOf('=');
            if (eq <= 0 || eq == token.length() - 1) {
                return Result.bad(BadLineCategory.SYNTAX, "'" + token + "' is not key=value");
            }
            String key = token.substring(0, eq);
            if (keys.put(key, token.substring(eq + 1)) != null) {
                return Result.bad(BadLineCategory.SYNTAX, "key '" + key + "' appears twice");
            }
        }
        for (String required : new String[] {"v", "device", "kind", "rate", "unit", "pos"}) {
            if (!keys.containsKey(required)) {
                return Result.bad(BadLineCategory.SYNTAX, "missing required key '" + required + "'");
            }
        }
        for (Map.Entry<String, String> e : keys.entrySet()) {
            if (!KNOWN_KEYS.contains(e.getKey())) {
                extra.put(e.getKey(), e.getValue());
            }
        }
        return build(keys, extra);
    }

    private static Result build(Map<String, String> k, Map<String, String> extra) {
        String v = k.get("v");
        if (!v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Result.bad(BadLineCategory.SYNTAX, "v='" + v + "' is not an integer");
        }
        if (v.length() > 9 || Integer.parseInt(v) != WireFormat.VERSION) {
            return Result.bad(BadLineCategory.RANGE, "v=" + v + " is not supported (only v=" + WireFormat.VERSION + ")");
        }
        String device = k.get("device");
        if (!device.chars().allMatch(c -> c > ' ' && c < 0x7F && c != '/' && c != '+' && c != '#')) {
            return Result.bad(BadLineCategory.SYNTAX, "device id must be printable ASCII without / + #");
        }
        if (device.length() > Hello.MAX_DEVICE_ID_LENGTH) {
            return Result.bad(BadLineCategory.RANGE, "device id has " + device.length() + " characters, at most "
                    + Hello.MAX_DEVICE_ID_LENGTH);
        }
        DeviceKind kind = DeviceKind.fromWire(k.get("kind"));
        if (kind == null) {
            return Result.bad(BadLineCategory.SYNTAX, "kind='" + k.get("kind") + "' is not roller|balls|pad");
        }
        PressureUnit unit = PressureUnit.fromWire(k.get("unit"));
        if (unit == null) {
            return Result.bad(BadLineCategory.SYNTAX, "unit='" + k.get("unit") + "' is not raw|N|kPa");
        }
        double rate = number(k.get("rate"));
        if (Double.isNaN(rate)) {
            return Result.bad(BadLineCategory.SYNTAX, "rate='" + k.get("rate") + "' is not a decimal number");
        }
        if (!(rate >= Hello.MIN_RATE_HZ && rate <= Hello.MAX_RATE_HZ)) {
            return Result.bad(BadLineCategory.RANGE, "rate=" + k.get("rate") + " must be " + (int) Hello.MIN_RATE_HZ
                    + ".." + (int) Hello.MAX_RATE_HZ + " Hz");
        }
        double area = Double.NaN;
        if (k.containsKey("area")) {
            area = number(k.get("area"));
            if (Double.isNaN(area)) {
                return Result.bad(BadLineCategory.SYNTAX, "area='" + k.get("area") + "' is not a decimal number");
            }
            if (!(area > 0 && area <= Hello.MAX_AREA_MM2)) {
                return Result.bad(BadLineCategory.RANGE, "area=" + k.get("area") + " must be > 0 and at most "
                        + (long) Hello.MAX_AREA_MM2 + " mm2");
            }
        }
        String[] parts = k.get("pos").split(",", -1);
        double[] pos = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            pos[i] = number(parts[i]);
            if (Double.isNaN(pos[i])) {
                return Result.bad(BadLineCategory.SYNTAX, "pos entry " + i + " '" + parts[i] + "' is not a decimal number");
            }
            if (!(Math.abs(pos[i]) <= Hello.MAX_POSITION_MM)) {
                return Result.bad(BadLineCategory.RANGE, "pos entry " + i + " is beyond +-" + (long) Hello.MAX_POSITION_MM + " mm");
            }
        }
        if (pos.length > Hello.MAX_CHANNELS) {
            return Result.bad(BadLineCategory.RANGE, "pos has " + pos.length + " entries, at most " + Hello.MAX_CHANNELS);
        }
        Hello hello = new Hello(WireFormat.VERSION, device, kind, rate, unit, pos, k.get("fw"), area, extra);
        return new Result(hello, null, null);
    }

    /** A signed decimal {@code [-]digits[.digits]}; NaN when the text does not follow that grammar. */
    static double number(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int intDigits = 0;
        int fracDigits = -1;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (fracDigits >= 0) {
                    fracDigits++;
                } else {
                    intDigits++;
                }
            } else if (c == '.' && fracDigits < 0) {
                fracDigits = 0;
            } else {
                return Double.NaN;
            }
        }
        return intDigits == 0 || fracDigits == 0 ? Double.NaN : Double.parseDouble(s);
    }
}
