/**
 * Contracts between the wiring and everything it feeds or is driven by:
 * {@link io.rollsense.api.PipelineListener} (called on the analyzer thread),
 * {@link io.rollsense.api.PipelineControl} and {@link io.rollsense.api.RecordingControl} (called from
 * any thread), {@link io.rollsense.api.StatusEvent}. Imports only {@code core} and {@code protocol};
 * {@code session}, {@code ui} and {@code report} may import it, never {@code io.rollsense.pipeline}.
 */
package io.rollsense.api;
