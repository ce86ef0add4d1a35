package io.rollsense.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The calibration text format (docs/calibration.md): {@code key=value} lines, {@code #} comments. */
final class CalibrationFile {
    static final String FORMAT = "rollsense-calibration-1";

    private CalibrationFile() {
    }

    static String format(Calibration c) {
        StringBuilder sb = new StringBuilder();
        sb.append("# RollSense calibration. Edit freely; see docs/calibration.md.\n");
        sb.append("# calibrated = curve(gain * (reading - offset)); kPa (raw/kPa devices) or N (N devices)\n");
        sb.append("format=").append(FORMAT).append('\n');
        if (c.deviceId() != null) {
            sb.append("device=").append(c.deviceId()).append('\n');
        }
        sb.append("channels=").append(c.channelCount()).append('\n');
        if (!Double.isNaN(c.areaMm2())) {
            sb.append("area-mm2=").append(c.areaMm2()).append('\n');
        }
        double[] o = c.offsets();
        double[] g = c.gains();
        FsrCurve[] cv = c.curves();
        for (int i = 0; i < c.channelCount(); i++) {
            sb.append("ch.").append(i).append(".offset=").append(o[i]).append('\n');
            sb.append("ch.").append(i).append(".gain=").append(g[i]).append('\n');
            sb.append("ch.").append(i).append(".curve=").append(cv[i].format()).append('\n');
        }
        return sb.toString();
    }

    static Calibration parse(String text) {
        Map<String, String> kv = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected key=value, got '" + line + "'");
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            kv.put(key, line.substring(eq + 1).replaceFirst("\\s+#.*$", "").strip()); // inline comment
            lineOf.put(key, i + 1);
        }
        String format = kv.getOrDefault("format", FORMAT);
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("format must be " + FORMAT + ", was " + format);
        }
        int n = (int) number(kv, lineOf, "channels", Double.NaN);
        if (n < 1 || n > 64) {
            throw new IllegalArgumentException("channels must be in 1..64, was " + n);
        }
        double[] offsets = new double[n];
        double[] gains = new double[n];
        FsrCurve[] curves = new FsrCurve[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = number(kv, lineOf, "ch." + i + ".offset", 0);
            gains[i] = number(kv, lineOf, "ch." + i + ".gain", 1);
            String curve = kv.get("ch." + i + ".curve");
            try {
                curves[i] = curve == null ? FsrCurve.LINEAR : FsrCurve.parse(curve);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineOf.get("ch." + i + ".curve") + ": " + e.getMessage(), e);
            }
        }
        for (String key : kv.keySet()) {
            if (key.startsWith("ch.") && !validChannelKey(key, n)) {
                throw new IllegalArgumentException("line " + lineOf.get(key) + ": unknown key " + key
                        + " (channels are 0.." + (n - 1) + ")");
            }
        }
        double area = number(kv, lineOf, "area-mm2", Double.NaN);
        return new Calibration(kv.get("device"), offsets, gains, curves, area);
    }

    private static boolean validChannelKey(String key, int n) {
        String[] p = key.split("\\.");
        if (p.length != 3 || !Arrays.asList("offset", "gain", "curve").contains(p[2])) {
            return false;
        }
        try {
            int ch = Integer.parseInt(p[1]);
            return ch >= 0 && ch < n;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double number(Map<String, String> kv, Map<String, Integer> lineOf, String key, double dflt) {
        String v = kv.get(key);
        if (v == null) {
            if (Double.isNaN(dflt) && key.equals("channels")) {
                throw new IllegalArgumentException("missing key channels");
            }
            return dflt;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + lineOf.get(key) + ": " + key + " must be a number, was '" + v + "'");
        }
    }
}
