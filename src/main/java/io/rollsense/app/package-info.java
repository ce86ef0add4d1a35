/**
 * Wiring of the live pipeline: {@link io.rollsense.app.Pipeline} (sources → per-channel decoding on
 * the reader threads → bounded queue → one {@code rollsense-analyzer} thread with one analyzer per
 * device → {@link io.rollsense.app.PipelineListener}s in order), its control
 * ({@link io.rollsense.app.PipelineControl}, {@link io.rollsense.app.ControlRelay}), status events
 * and counters ({@link io.rollsense.app.StatusEvent}, {@link io.rollsense.app.PipelineStats},
 * {@link io.rollsense.app.LatencySummary}), and small listeners used by the commands
 * ({@link io.rollsense.app.FrameAverager}; the headless console is {@code ui.ConsoleReporter}).
 */
package io.rollsense.app;
