package io.rollsense.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/**
 * A time axis labelled m:ss (h:mm:ss past an hour), as the alert lists and the live view write
 * times, with ticks on whole seconds, minutes and their usual steps. Axis values are in units of
 * {@code scaleMs} milliseconds (seconds or minutes, see {@link SessionCharts#xScale}).
 */
public final class ClockAxis extends NumberAxis {
    private static final long[] STEPS_S = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400};

    /** @param scaleMs milliseconds per axis unit (1000 for seconds, 60000 for minutes) */
    public ClockAxis(String label, double scaleMs) {
        super(label);
        NumberFormat format = format(scaleMs);
        TickUnits units = new TickUnits();
        for (long s : STEPS_S) {
            units.add(new NumberTickUnit(s * 1000.0 / scaleMs, format));
        }
        setStandardTickUnits(units);
        setNumberFormatOverride(format);
    }

    /** m:ss (or h:mm:ss) for {@code ms} milliseconds. */
    public static String clock(long ms) {
        long s = Math.max(0, ms) / 1000;
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static NumberFormat format(double scaleMs) {
        return new NumberFormat() {
            @Override
            public StringBuffer format(double value, StringBuffer to, FieldPosition pos) {
                return to.append(clock(Math.round(value * scaleMs)));
            }

            @Override
            public StringBuffer format(long value, StringBuffer to, FieldPosition pos) {
                return format((double) value, to, pos);
            }

            @Override
            public Number parse(String source, ParsePosition pos) {
                return null;
            }
        };
    }
}
