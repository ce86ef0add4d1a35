package io.rollsense.audio;

/**
 * Figures of one audio session, for {@code docs/performance.md} and tests.
 *
 * @param cueLatencyP50Ms  earcon cue enqueued (by the listener) to the block with its first sample
 *                         written to the line and WAV, host ms, median over cues
 * @param cueLatencyP99Ms  the same, 99th percentile
 * @param cueLatencyMaxMs  the same, worst
 * @param cues             earcon cues measured
 * @param speechStartP50Ms spoken cue enqueued to its first block written (includes waiting for the voice
 *                         to be free and for synthesis), host ms, median
 * @param speechStartMaxMs the same, worst
 * @param leadMs           how far ahead of the clock the mixer renders for a line (0 without a line)
 * @param lineBufferMs     the open line's buffer in ms (0 when none)
 * @param lineQueueMeanMs  sound written to the line but not yet played, right after each write, mean ms
 *                         (what a new sound waits behind in the line; 0 without a line)
 * @param lineQueueMaxMs   the same, worst
 * @param earconQueueMeanMs sound still queued ahead of an earcon right after its first block was written,
 *                         mean ms (the line is emptied for an earcon first; 0 without a line or earcon)
 * @param earconQueueMaxMs the same, worst
 * @param seconds          seconds of audio rendered
 * @param droppedBlocks    10 ms blocks the line had no room for
 * @param droppedCues      events dropped because the audio queue was full
 * @param clippedSamples   samples at full scale (the limiter should keep this 0)
 * @param peak             highest absolute sample, 0..1 of full scale
 * @param spokenCues       spoken cues started
 * @param cpuMs            CPU time of the audio thread in ms (-1 when the JVM cannot say)
 */
public record AudioStats(double cueLatencyP50Ms, double cueLatencyP99Ms, double cueLatencyMaxMs, int cues,
                         double speechStartP50Ms, double speechStartMaxMs, double leadMs, double lineBufferMs,
                         double lineQueueMeanMs, double lineQueueMaxMs, double earconQueueMeanMs, double earconQueueMaxMs, double seconds, long droppedBlocks, long droppedCues,
                         long clippedSamples, double peak, long spokenCues, double cpuMs) {
}
