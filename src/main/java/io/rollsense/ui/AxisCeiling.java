package io.rollsense.ui;

/**
 * A calm upper bound for a value axis: rises at once to fit new data (rounded up to a nice step),
 * falls only slowly, and never drops below a floor (e.g. so the threshold line stays in view).
 */
final class AxisCeiling {
    private double floor = 1;
    private double current = 1;

    void floor(double value) {
        floor = Math.max(1e-9, value);
        current = Math.max(current, floor);
    }

    /** The ceiling for a data maximum; call once per update. */
    double next(double dataMax) {
        double wanted = Math.max(floor, nice(dataMax * 1.1));
        if (wanted > current) {
            current = wanted;
        } else if (wanted < current * 0.6) {
            current = Math.max(wanted, current * 0.98); // ease down over a few seconds
        }
        return current;
    }

    /** A tick step giving about six labelled ticks up to {@code upper}. */
    static org.jfree.chart.axis.NumberTickUnit tick(double upper) {
        double raw = upper / 6;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= raw) {
                return new org.jfree.chart.axis.NumberTickUnit(m * p);
            }
        }
        return new org.jfree.chart.axis.NumberTickUnit(10 * p);
    }

    /** Sets an axis to 0..upper with about six ticks. */
    static void apply(org.jfree.chart.axis.ValueAxis axis, double upper) {
        org.jfree.chart.axis.NumberTickUnit unit = tick(upper);
        double top = Math.ceil(upper / unit.getSize() - 1e-9) * unit.getSize(); // end on a labelled tick
        if (axis.getUpperBound() != top || axis.getLowerBound() != 0) {
            axis.setRange(0, top);
            ((org.jfree.chart.axis.NumberAxis) axis).setTickUnit(unit, false, true);
        }
    }

    /** The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k that is &gt;= v. */
    static double nice(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
