package io.rollsense.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The named scenarios and the script syntax that composes them.
 *
 * <p>Script syntax (see docs/simulator.md): segments separated by commas, each
 * {@code name[:seconds][:key=value]...}, for example {@code steady:60:spm=20,cadence-change:60:to=35,spine:30};
 * an optional {@code loop:} prefix repeats the script forever. A composite name ({@code demo},
 * {@code tour}) expands to its own script. Parameters: {@code spm} (cadence to roll at, 5–45, for any
 * rolling segment; it carries over to later segments), {@code to} (cadence after the change in
 * {@code cadence-change}, 5–45), {@code side} (weight leaned onto one side, -1 left .. 1 right, for
 * this segment only; the far side keeps 40 % of its load at full lean). Stateless and thread-safe; bad scripts throw
 * {@link IllegalArgumentException} with a message naming the segment and the allowed range.
 */
public final class Scenarios {
    /** Lowest cadence a script may ask for, strokes per minute. */
    public static final double MIN_SPM = 5;
    /** Highest cadence a script may ask for, strokes per minute. */
    public static final double MAX_SPM = 45;
    /** Cadence at the start of every script unless its first segment sets {@code spm}. */
    public static final double DEFAULT_SPM = 24;

    /**
     * One named scenario.
     *
     * @param name           script name
     * @param defaultSeconds duration when the script gives none (for a composite: its one-pass length)
     * @param description    one line for {@code simulate --list}
     */
    public record Info(String name, double defaultSeconds, String description) {
    }

    private static final Map<String, Info> SEGMENTS = new LinkedHashMap<>();
    private static final Map<String, String> COMPOSITES = new LinkedHashMap<>();
    private static final Set<String> ROLLING = Set.of("steady", "cadence-change", "drift", "spine", "hard",
            "spikes", "glitches", "faults", "wrap");

    static {
        seg("steady", 60, "steady rolling at one cadence (spm=, default 24 strokes/min)");
        seg("cadence-change", 60, "rolling that changes cadence halfway (spm= before, to= after; default +/-10 spm)");
        seg("pause", 8, "stops rolling but stays lying on the device");
        seg("hold", 20, "static hold on one spot, pressing a little harder, no rolling");
        seg("up", 12, "gets up (load ramps to zero), lies back down at the end");
        seg("drift", 40, "rolls while drifting sideways and back, never onto the spine");
        seg("spine", 30, "rolls onto the spine in the middle of the segment (spine over a loaded taxel)");
        seg("hard", 30, "presses too hard in the middle of the segment (peak above overpressure)");
        seg("spikes", 30, "rolling with brief pressure spikes (<= 50 ms) too short to matter");
        seg("glitches", 30, "rolling with sensor glitches of a few samples (saturated or zero)");
        seg("faults", 30, "rolling with transport faults: drops, corrupt lines, garbage, log lines, hello resent");
        seg("wrap", 20, "rolling while the uint32 seq and t_ms counters wrap around");
        composite("demo", "loop:steady:20,cadence-change:20:to=34,spine:20,steady:10:spm=24,hard:20,hold:10",
                "loops forever: steady rolling, cadence change, onto the spine, too hard, a hold (100 s a pass)");
        composite("tour", "steady:60,cadence-change:60:to=34,pause:8,steady:30:spm=20,spine:30,hard:30,"
                + "hold:20,up:12,drift:40,spikes:30,glitches:30,faults:30,wrap:20",
                "every scenario once, for evaluation (about 7 minutes)");
    }

    private Scenarios() {
    }

    private static void seg(String name, double seconds, String description) {
        SEGMENTS.put(name, new Info(name, seconds, description));
    }

    private static void composite(String name, String script, String description) {
        COMPOSITES.put(name, script);
        SEGMENTS.put(name, new Info(name, parse(script).lengthMs() / 1000.0, description));
    }

    /** All scenarios in a fixed order, segments first, then composites. */
    public static List<Info> list() {
        return List.copyOf(SEGMENTS.values());
    }

    /** Whether {@code name} is a composite scenario (expands to a script of its own). */
    public static boolean isComposite(String name) {
        return COMPOSITES.containsKey(name);
    }

    /** Whether a segment of this scenario rolls (advances the stroke cycle). */
    static boolean isRolling(String name) {
        return ROLLING.contains(name);
    }

    /**
     * Parses a script or a single scenario name.
     *
     * @throws IllegalArgumentException naming the bad segment and the allowed values
     */
    public static ScenarioScript parse(String script) {
        if (script == null || script.isBlank()) {
            throw new IllegalArgumentException("scenario script is empty; try one of " + SEGMENTS.keySet());
        }
        String text = script.strip();
        boolean loop = false;
        if (text.startsWith("loop:")) {
            loop = true;
            text = text.substring(5);
        }
        List<Segment> out = new ArrayList<>();
        for (String token : text.split(",")) {
            String t = token.strip();
            if (t.isEmpty()) {
                continue;
            }
            String[] parts = t.split(":");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (COMPOSITES.containsKey(name)) {
                if (parts.length > 1) {
                    throw new IllegalArgumentException("composite scenario '" + name + "' takes no duration or parameters");
                }
                ScenarioScript inner = parse(COMPOSITES.get(name));
                out.addAll(inner.segments());
                loop |= inner.loop();
                continue;
            }
            out.add(segment(name, parts, t));
        }
        return new ScenarioScript(out, loop);
    }

    private static Segment segment(String name, String[] parts, String token) {
        Info info = SEGMENTS.get(name);
        if (info == null) {
            throw new IllegalArgumentException("unknown scenario '" + name + "' in '" + token + "'; known: " + SEGMENTS.keySet());
        }
        double seconds = info.defaultSeconds();
        Map<String, Double> params = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int eq = p.indexOf('=');
            if (eq < 0) {
                if (i != 1) {
                    throw new IllegalArgumentException("expected key=value in '" + token + "', got '" + p + "'");
                }
                seconds = number(p, "duration", token);
                if (!(seconds > 0) || seconds > 1e7) {
                    throw new IllegalArgumentException("duration in '" + token + "' must be > 0 s, was " + p);
                }
            } else {
                String key = p.substring(0, eq).strip();
                double v = number(p.substring(eq + 1).strip(), key, token);
                checkParam(name, key, v, token);
                params.put(key, v);
            }
        }
        return new Segment(name, Math.round(seconds * 1000), params);
    }

    private static void checkParam(String name, String key, double v, String token) {
        boolean known = key.equals("spm") || key.equals("side") || (key.equals("to") && name.equals("cadence-change"));
        if (!known) {
            throw new IllegalArgumentException("unknown parameter '" + key + "' in '" + token
                    + "' (spm= and side= for any segment, to= for cadence-change)");
        }
        if (key.equals("side")) {
            if (!(v >= -1 && v <= 1)) {
                throw new IllegalArgumentException("side in '" + token + "' must be -1 (lean left) .. 1 (lean right), was " + v);
            }
            return;
        }
        if (v < MIN_SPM || v > MAX_SPM) {
            throw new IllegalArgumentException(key + " in '" + token + "' must be " + (int) MIN_SPM + "–" + (int) MAX_SPM
                    + " strokes/min, was " + v);
        }
    }

    private static double number(String s, String what, String token) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " in '" + token + "' is not a number: '" + s + "'", e);
        }
    }
}
