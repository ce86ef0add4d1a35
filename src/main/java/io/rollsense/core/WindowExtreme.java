package io.rollsense.core;

/**
 * Running maximum (or minimum) of a sliding time window, as a monotonic deque: O(1) amortised per
 * sample. Hand-written; neither iirj nor Commons Math offers a streaming window extreme.
 * Not thread-safe.
 */
final class WindowExtreme {
    private final boolean max;
    private final TimedSamples window = new TimedSamples();

    WindowExtreme(boolean max) {
        this.max = max;
    }

    /** Adds a sample, drops samples at or before {@code timeMs - windowMs}, returns the extreme. */
    double add(long timeMs, double v, long windowMs) {
        while (window.size() > 0 && window.firstTimeMs() <= timeMs - windowMs) {
            window.removeFirst();
        }
        while (window.size() > 0 && (max ? window.lastValue() <= v : window.lastValue() >= v)) {
            window.removeLast();
        }
        window.addLast(timeMs, v);
        return window.firstValue();
    }

    void reset() {
        window.clear();
    }
}
