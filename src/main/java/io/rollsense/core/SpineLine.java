package io.rollsense.core;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The spine line: the lateral centre of pressure smoothed over the last {@link #WINDOW_MS} of loaded
 * frames (device time). A body is near symmetric, so the centre of its load follows the spine.
 * The smoother is a least-squares line through the window (Commons Math {@link SimpleRegression},
 * updated by adding and removing points) read at the newest time: as smooth as a moving average
 * but without its quarter-second lag when the body shifts sideways, and clamped to the range of the
 * window so a sudden shift never overshoots. Reset when the load goes away.
 * Not thread-safe.
 */
final class SpineLine {
    /** Smoothing window in ms. */
    static final long WINDOW_MS = 500;

    private final SimpleRegression fit = new SimpleRegression();
    private final WindowExtreme lowest = new WindowExtreme(false);
    private final WindowExtreme highest = new WindowExtreme(true);
    private final TimedSamples window = new TimedSamples();
    private long baseMs;

    /** Adds a centre-of-pressure sample and returns the spine line in mm. */
    double add(long timeMs, double copMm) {
        if (window.size() == 0) {
            baseMs = timeMs;
        }
        while (window.size() > 0 && window.firstTimeMs() <= timeMs - WINDOW_MS) {
            fit.removeData(window.firstTimeMs() - baseMs, window.firstValue());
            window.removeFirst();
        }
        window.addLast(timeMs, copMm);
        fit.addData(timeMs - baseMs, copMm);
        double lo = lowest.add(timeMs, copMm, WINDOW_MS);
        double hi = highest.add(timeMs, copMm, WINDOW_MS);
        if (window.size() < 3) {
            return copMm;
        }
        double line = fit.predict(timeMs - baseMs);
        if (Double.isNaN(line)) {
            return copMm;
        }
        return Math.max(lo, Math.min(hi, line)); // never overshoot what was measured
    }

    /** Forgets everything (the load went away). */
    void reset() {
        window.clear();
        fit.clear();
        lowest.reset();
        highest.reset();
    }
}
