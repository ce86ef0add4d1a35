package io.rollsense.session;

import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;

/**
 * A list of device ids short enough for one line: a session of 10,000 devices is
 * {@code "10,000 devices: d1, d2, d3, d4, d5 and 9,995 more"}, never a 100 KB line. Stateless.
 */
public final class DeviceNames {
    /** Ids named before "and N more". */
    public static final int NAMED = 5;

    private DeviceNames() {
    }

    /** {@code "none"}, the ids themselves (up to {@link #NAMED}), or the first ones and how many more. */
    public static String summarise(Collection<String> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        Iterator<String> it = ids.iterator();
        for (int i = 0; i < NAMED && it.hasNext(); i++) {
            sb.append(i == 0 ? "" : ", ").append(it.next());
        }
        if (ids.size() > NAMED) {
            sb.append(String.format(Locale.ROOT, " and %,d more", ids.size() - NAMED));
        }
        return sb.toString();
    }

    /** {@code "3 devices (a, b, c)"} or {@code "10,000 devices (d1, ... and 9,995 more)"}. */
    public static String counted(Collection<String> ids) {
        return String.format(Locale.ROOT, "%,d device%s (%s)", ids.size(), ids.size() == 1 ? "" : "s", summarise(ids));
    }
}
