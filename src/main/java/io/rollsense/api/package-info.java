/**
 * Contracts between the wiring and everything it feeds or is driven by:
 * {@link io.rollsense.api.PipelineListener} (called on the analyzer thread),
 * {@link io.rollsense.api.PipelineControl} and {@link io.rollsense.api.RecordingControl} (called from
 * any thread), {@link io.rollsense.api.StatusEvent}, and the run's figures the outputs print
 * ({@link io.rollsense.api.PipelineStats}, {@link io.rollsense.api.RunSummary}). Imports only
 * {@code core} and {@code protocol}; {@code session}, {@code ui}, {@code report} and {@code sink} may
 * import it, never {@code io.rollsense.pipeline}.
 */
package io.rollsense.api;
