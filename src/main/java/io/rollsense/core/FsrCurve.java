package io.rollsense.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.analysis.ParametricUnivariateFunction;
import org.apache.commons.math3.fitting.PolynomialCurveFitter;
import org.apache.commons.math3.fitting.SimpleCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The response curve of one sensor: tared, gain-corrected reading {@code x} (in the device's unit,
 * &gt;= 0) to pressure in kPa. Force-sensitive resistors are non-linear, so raw counts usually need
 * a {@link Type#POWER} law {@code kPa = a * x^b} or a {@link Type#POLY} polynomial
 * {@code kPa = c0 + c1 x + c2 x^2 + ...}; {@link Type#LINEAR} is {@code kPa = x}. Immutable; the
 * result is never negative. Fitting uses Commons Math and throws {@link IllegalArgumentException}
 * when the points cannot define the curve.
 *
 * @param type         curve family
 * @param coefficients {@code [a, b]} for POWER, {@code [c0, c1, ...]} for POLY, empty for LINEAR
 */
public record FsrCurve(Type type, double[] coefficients) {

    /** Curve families, with their calibration-file spelling. */
    public enum Type {
        LINEAR, POWER, POLY;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The identity curve: values already are kPa after gain. */
    public static final FsrCurve LINEAR = new FsrCurve(Type.LINEAR, new double[0]);

    public FsrCurve {
        coefficients = coefficients.clone();
        int need = switch (type) {
            case LINEAR -> 0;
            case POWER -> 2;
            case POLY -> -1;
        };
        if (need >= 0 && coefficients.length != need) {
            throw new IllegalArgumentException(type.key() + " curve needs " + need + " coefficients, got "
                    + coefficients.length);
        }
        if (type == Type.POLY && (coefficients.length < 1 || coefficients.length > 6)) {
            throw new IllegalArgumentException("poly curve needs 1..6 coefficients, got " + coefficients.length);
        }
        for (double c : coefficients) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("curve coefficients must be finite, got " + Arrays.toString(coefficients));
            }
        }
    }

    /** A power law {@code kPa = a * x^b}. */
    public static FsrCurve power(double a, double b) {
        return new FsrCurve(Type.POWER, new double[] {a, b});
    }

    /** A polynomial {@code kPa = c0 + c1 x + ...}. */
    public static FsrCurve poly(double... c) {
        return new FsrCurve(Type.POLY, c);
    }

    /** Pressure in kPa (&gt;= 0) for a tared reading {@code x}; negative readings count as 0. */
    public double toKpa(double x) {
        double v = Math.max(0, x);
        double kpa = switch (type) {
            case LINEAR -> v;
            case POWER -> v == 0 ? 0 : coefficients[0] * Math.pow(v, coefficients[1]);
            case POLY -> horner(v);
        };
        return kpa > 0 ? kpa : 0;
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    private double horner(double v) {
        double acc = 0;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            acc = acc * v + coefficients[i];
        }
        return acc;
    }

    /**
     * Fits {@code kPa = a * x^b} through points with x &gt; 0 and kPa &gt; 0: a log-log regression
     * gives the start, Commons Math's Levenberg–Marquardt {@link SimpleCurveFitter} refines it.
     */
    public static FsrCurve fitPower(List<CalibrationPoint> points) {
        SimpleRegression logLog = new SimpleRegression();
        WeightedObservedPoints obs = new WeightedObservedPoints();
        for (CalibrationPoint p : points) {
            if (p.reading() > 0 && p.pressureKpa() > 0) {
                logLog.addData(Math.log(p.reading()), Math.log(p.pressureKpa()));
                obs.add(p.reading(), p.pressureKpa());
            }
        }
        if (logLog.getN() < 2 || Double.isNaN(logLog.getSlope())) {
            throw new IllegalArgumentException("a power-law fit needs at least 2 points with reading > 0 and kPa > 0"
                    + " at different readings, got " + logLog.getN());
        }
        double[] start = {Math.exp(logLog.getIntercept()), logLog.getSlope()};
        double[] fit = SimpleCurveFitter.create(new PowerLaw(), start).withMaxIterations(1000)
                .fit(obs.toList());
        return power(fit[0], fit[1]);
    }

    /** Least-squares polynomial of {@code degree} (1..5) through the points (Commons Math). */
    public static FsrCurve fitPoly(List<CalibrationPoint> points, int degree) {
        if (degree < 1 || degree > 5) {
            throw new IllegalArgumentException("degree must be in 1..5, was " + degree);
        }
        if (points.size() < degree + 1) {
            throw new IllegalArgumentException("a degree-" + degree + " fit needs at least " + (degree + 1)
                    + " points, got " + points.size());
        }
        WeightedObservedPoints obs = new WeightedObservedPoints();
        points.forEach(p -> obs.add(p.reading(), p.pressureKpa()));
        return poly(PolynomialCurveFitter.create(degree).fit(obs.toList()));
    }

    /** One line in the calibration file: {@code linear}, {@code power A B}, {@code poly C0 C1 ...}. */
    String format() {
        StringBuilder sb = new StringBuilder(type.key());
        for (double c : coefficients) {
            sb.append(' ').append(c);
        }
        return sb.toString();
    }

    /** Parses {@link #format()}; throws {@link IllegalArgumentException} naming the problem. */
    static FsrCurve parse(String text) {
        String[] parts = text.trim().split("\\s+");
        Type type;
        try {
            type = Type.valueOf(parts[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown curve '" + parts[0] + "' (use linear, power or poly)");
        }
        double[] c = new double[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            try {
                c[i - 1] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("curve coefficient '" + parts[i] + "' is not a number");
            }
        }
        return new FsrCurve(type, c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FsrCurve f && type == f.type && Arrays.equals(coefficients, f.coefficients);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(coefficients);
    }

    @Override
    public String toString() {
        return format();
    }

    private static final class PowerLaw implements ParametricUnivariateFunction {
        @Override
        public double value(double x, double... p) {
            return p[0] * Math.pow(x, p[1]);
        }

        @Override
        public double[] gradient(double x, double... p) {
            double xb = Math.pow(x, p[1]);
            return new double[] {xb, p[0] * xb * Math.log(x)};
        }
    }
}
