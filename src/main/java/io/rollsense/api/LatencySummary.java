package io.rollsense.api;

/**
 * Latency from a frame's arrival at the source (host {@code nanoTime} when the read returned) to
 * the end of its listener calls on the analyzer thread.
 *
 * @param frames frames measured
 * @param p50Ms  median in ms
 * @param p99Ms  99th percentile in ms
 * @param maxMs  maximum in ms
 */
public record LatencySummary(long frames, double p50Ms, double p99Ms, double maxMs) {
}
