/**
 * Accuracy evaluation ({@code rollsense evaluate}): detectors against simulator ground truth
 * ({@link io.rollsense.eval.ScenarioRun}, {@link io.rollsense.eval.Scores},
 * {@link io.rollsense.eval.SimCalibration}) and the rhythm detector against the real recordings in
 * the repository's {@code data/} folder ({@link io.rollsense.eval.GaitReplay},
 * {@link io.rollsense.eval.FeltReplay}, found by {@link io.rollsense.eval.DataFolders});
 * {@link io.rollsense.eval.Report} formats the tables. The rhythm figures of both body models
 * ({@link io.rollsense.sim} and {@link io.rollsense.sim.alt}) per device kind and pace band are
 * computed by the one rhythm scorer, {@link io.rollsense.eval.RhythmScore}, from a
 * {@link io.rollsense.eval.RhythmTruth} ({@link io.rollsense.eval.RhythmEvaluation}); the alert table
 * ({@link io.rollsense.eval.AlertEvaluation}) takes its cadence figures from the same scorer. Single-threaded; definitions in docs/accuracy.md.
 */
package io.rollsense.eval;
