package io.rollsense.api;

/**
 * Counters of a pipeline so far (a snapshot; thread-safe to take).
 *
 * @param frames             valid frames analysed, all devices
 * @param badLines           rejected lines, all devices
 * @param droppedFrames      frames missing by the devices' sequence numbers, all devices
 * @param queueDrops         decoded lines lost because the analyzer queue was full
 * @param analysisErrors     frames the analyzer failed on (a bug; reported once per device)
 * @param devices            devices (channels) seen
 * @param latency            source-to-listeners latency of analysed frames
 */
public record PipelineStats(long frames, long badLines, long droppedFrames, long queueDrops, long analysisErrors,
                            int devices, LatencySummary latency) {
}
