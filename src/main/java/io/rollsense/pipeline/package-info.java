/**
 * Wiring: {@link io.rollsense.pipeline.Pipeline} (sources → per-channel decoding on the reader
 * threads → bounded queue → one {@code rollsense-analyzer} thread with one analyzer per device →
 * {@link io.rollsense.api.PipelineListener}s in order), its control
 * ({@link io.rollsense.pipeline.ControlRelay}), counters ({@link io.rollsense.api.PipelineStats},
 * {@link io.rollsense.api.LatencySummary}), small listeners used by the commands
 * ({@link io.rollsense.pipeline.FrameAverager}), and the offline wiring of {@code analyze},
 * {@code check}, {@code demo}, {@code simulate --mqtt} and review playback
 * ({@link io.rollsense.pipeline.SessionPlayback}, {@link io.rollsense.pipeline.CaptureAnalysis},
 * {@link io.rollsense.pipeline.CaptureSummary}, {@link io.rollsense.pipeline.SummaryCollector},
 * {@link io.rollsense.pipeline.DemoPipeline}, {@link io.rollsense.pipeline.SimulateMqtt}).
 * The contracts the wiring calls are in {@code io.rollsense.api}; session, ui and report never
 * import this package.
 */
package io.rollsense.pipeline;
