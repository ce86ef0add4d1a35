package io.rollsense.protocol;

import java.util.Arrays;

/**
 * One decoded frame.
 *
 * @param seq          frame counter, unwrapped across uint32 wraps (first frame keeps its wire value)
 * @param deviceTimeMs device clock in ms, unwrapped across uint32 wraps; never decreases for one device
 *                     (after a device restart the decoder continues it from the previous frame, so
 *                     {@link #wireTimeMs()} then differs from the wire value)
 * @param values       one value per channel in the hello's unit, each finite and &gt;= 0
 */
public record Frame(long seq, long deviceTimeMs, double[] values) {

    public Frame {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("values must have at least one channel");
        }
    }

    /** The 32-bit sequence number as sent on the wire. */
    public long wireSeq() {
        return seq & 0xFFFF_FFFFL;
    }

    /** The 32-bit device time as sent on the wire. */
    public long wireTimeMs() {
        return deviceTimeMs & 0xFFFF_FFFFL;
    }

    /** Number of channels. */
    public int channelCount() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && seq == f.seq && deviceTimeMs == f.deviceTimeMs && Arrays.equals(values, f.values);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seq) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Frame[seq=" + seq + ", t=" + deviceTimeMs + "ms, values=" + Arrays.toString(values) + "]";
    }
}
