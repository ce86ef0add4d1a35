/**
 * Simulated rolling sessions with ground truth: a body-and-device model, named scenarios composed
 * into scripts ({@link io.rollsense.sim.Scenarios}), a pull-based wire-line generator
 * ({@link io.rollsense.sim.Simulator}) and the truth it keeps ({@link io.rollsense.sim.GroundTruth},
 * JSON via {@link io.rollsense.sim.GroundTruthJson}). Imports only {@code protocol}; no clocks, no
 * threads; deterministic for a seed. See docs/simulator.md.
 */
package io.rollsense.sim;
