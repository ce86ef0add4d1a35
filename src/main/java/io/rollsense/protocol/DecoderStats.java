package io.rollsense.protocol;

import java.util.Map;

/**
 * Immutable snapshot of a decoder's counters. Invariant: {@code lines == hellos + frames + logs + bad}.
 *
 * @param lines          complete non-empty lines seen (empty lines, e.g. from {@code \r\n\r\n}, are skipped and not counted)
 * @param hellos         valid hello lines
 * @param frames         valid frames
 * @param logs           device log lines
 * @param badByCategory  rejected lines per category (all categories present, zero when none)
 * @param droppedFrames  frames missing according to seq jumps
 */
public record DecoderStats(long lines, long hellos, long frames, long logs,
                           Map<BadLineCategory, Long> badByCategory, long droppedFrames) {
    public DecoderStats {
        badByCategory = Map.copyOf(badByCategory);
    }

    /** Total rejected lines over all categories. */
    public long badLines() {
        return badByCategory.values().stream().mapToLong(Long::longValue).sum();
    }
}
