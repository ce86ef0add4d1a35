package io.rollsense.cli;

import java.math.BigDecimal;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Range checks for numeric command-line options, with one message shape:
 * {@code --name must be in LO..HI, was V} (a usage error: {@link Main} exits with code 2).
 */
final class OptionRange {
    private OptionRange() {
    }

    /** Throws a usage error naming the option and its range unless {@code lo <= value <= hi} (NaN fails). */
    static void check(CommandSpec spec, String option, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new ParameterException(spec.commandLine(),
                    option + " must be in " + plain(lo) + ".." + plain(hi) + ", was " + plain(value));
        }
    }

    /** 1 rather than 1.0, 0.2 rather than 0.20000000000000001. */
    private static String plain(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : Double.toString(v);
    }
}
