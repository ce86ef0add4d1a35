/**
 * Accuracy evaluation against simulator truth and real recordings (docs/accuracy.md). The rhythm
 * figures of both body models ({@link io.rollsense.sim} and {@link io.rollsense.sim.alt}) are
 * computed the same way by {@link io.rollsense.eval.RhythmScore} from a {@link io.rollsense.eval.RhythmTruth}.
 */
package io.rollsense.eval;
