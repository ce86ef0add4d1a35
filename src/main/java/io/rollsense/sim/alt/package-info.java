/**
 * A second body model, written apart from {@link io.rollsense.sim} so the rhythm detector can be
 * tuned on one model and judged on the other (docs/accuracy.md). It differs on purpose: a body
 * with a randomly drawn load profile along the back and raised-cosine muscle ridges across it, a
 * stroke made of an up pass and a back pass of unequal length with eased ends and a dwell, cycle
 * jitter up to ±10 %, sway, breathing and weight shifts in holds, spine / too-hard / lift-off /
 * sideways-drift episodes while rolling on, one- to nine-taxel devices (pads with rows along the
 * back), 20–1000 Hz, kPa, newtons or raw counts on a large baseline with no calibration.
 *
 * <p>Frames are produced directly (no wire lines); {@link io.rollsense.sim.alt.AltSession} gives the
 * frames and the truth (stroke times, rolling / hold / sitting-up parts with their pace).
 * Deterministic for a seed; no clocks, no threads, no I/O.
 */
package io.rollsense.sim.alt;
