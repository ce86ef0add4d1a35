package io.rollsense.core;

/**
 * Streaming median over the last {@code n} samples (n odd): removes glitches shorter than half the
 * window before the low-pass filter can smear them into something that looks sustained.
 * Hand-written: iirj has only linear filters and Commons Math has no streaming median. O(n) per
 * sample with a sorted copy of the window, no allocation. Starts as if preceded by zeros.
 * Not thread-safe.
 */
final class SlidingMedian {
    private final double[] ring;
    private final double[] sorted;
    private int next;

    SlidingMedian(int n) {
        if (n < 1 || n % 2 == 0) {
            throw new IllegalArgumentException("window must be odd and >= 1, was " + n);
        }
        ring = new double[n];
        sorted = new double[n];
    }

    /** Window length (odd) for a glitch-rejection span in ms at a frame rate: at least 3 samples. */
    static int windowFor(double spanMs, double rateHz) {
        int n = (int) Math.round(spanMs * rateHz / 1000);
        n = Math.max(3, n);
        return n % 2 == 0 ? n + 1 : n;
    }

    /** Window length in samples. */
    int window() {
        return ring.length;
    }

    double filter(double x) {
        double old = ring[next];
        ring[next] = x;
        next = (next + 1) % ring.length;
        int i = indexOf(old);
        // remove old, insert x, keeping order: shift elements between the two positions
        if (x >= old) {
            while (i + 1 < sorted.length && sorted[i + 1] < x) {
                sorted[i] = sorted[i + 1];
                i++;
            }
        } else {
            while (i > 0 && sorted[i - 1] > x) {
                sorted[i] = sorted[i - 1];
                i--;
            }
        }
        sorted[i] = x;
        return sorted[sorted.length / 2];
    }

    private int indexOf(double v) {
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] == v) {
                return i;
            }
        }
        throw new IllegalStateException("sliding median lost a sample");
    }
}
