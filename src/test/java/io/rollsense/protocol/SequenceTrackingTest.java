package io.rollsense.protocol;

import static io.rollsense.protocol.Recorder.HELLO3;
import static io.rollsense.protocol.Recorder.decode;
import static io.rollsense.protocol.Recorder.frame;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Unwrapping of seq and t_ms, dropped frames, device restarts and hello changes. */
class SequenceTrackingTest {

    private static String frames(long[][] seqAndTime) {
        StringBuilder sb = new StringBuilder(HELLO3).append('\n');
        for (long[] st : seqAndTime) {
            sb.append(frame(st[0] + "," + st[1] + ",1,2,3")).append('\n');
        }
        return sb.toString();
    }

    private static List<Long> seqs(Recorder r) {
        return r.frames.stream().map(Frame::seq).toList();
    }

    private static List<Long> times(Recorder r) {
        return r.frames.stream().map(Frame::deviceTimeMs).toList();
    }

    @Test
    void seqJumpCountsDroppedFrames() {
        Recorder r = decode(frames(new long[][] {{1, 10}, {2, 20}, {5, 50}, {6, 60}}));
        assertEquals(List.of(0L, 0L, 2L, 0L), r.dropped);
        assertEquals(List.of(1L, 2L, 5L, 6L), seqs(r));
    }

    @Test
    void seqWrapIsNotADrop() {
        Recorder r = decode(frames(new long[][] {{4294967294L, 0}, {4294967295L, 10}, {0, 20}, {1, 30}}));
        assertEquals(List.of(0L, 0L, 0L, 0L), r.dropped);
        assertEquals(List.of(4294967294L, 4294967295L, 4294967296L, 4294967297L), seqs(r));
        assertEquals(0L, r.frames.get(2).wireSeq());
    }

    @Test
    void dropsAcrossTheSeqWrapAreCounted() {
        Recorder r = decode(frames(new long[][] {{4294967294L, 0}, {1, 30}}));
        assertEquals(List.of(0L, 2L), r.dropped);
        assertEquals(4294967297L, r.frames.get(1).seq());
    }

    @Test
    void timeWrapKeepsDeviceTimeIncreasing() {
        Recorder r = decode(frames(new long[][] {{1, 4294967290L}, {2, 4294967295L}, {3, 4}, {4, 14}}));
        assertEquals(List.of(4294967290L, 4294967295L, 4294967300L, 4294967310L), times(r));
        assertEquals(4L, r.frames.get(2).wireTimeMs());
    }

    @Test
    void deviceRestartIsNotADropAndTimeStaysMonotonic() {
        // rate=100 Hz: after the restart the new clock continues one 10 ms period after the last frame
        Recorder r = decode(frames(new long[][] {{1000, 50000}, {1001, 50010}, {0, 0}, {1, 10}, {3, 30}}));
        assertEquals(List.of(0L, 0L, 0L, 0L, 1L), r.dropped);
        assertEquals(List.of(50000L, 50010L, 50020L, 50030L, 50050L), times(r));
        List<Long> seq = seqs(r);
        for (int i = 1; i < seq.size(); i++) {
            assertEquals(r.frames.get(i).wireSeq(), seq.get(i) & 0xFFFFFFFFL);
            assertEquals(true, seq.get(i) > seq.get(i - 1), "seq increases: " + seq);
        }
    }

    @Test
    void restartFromAHighSeqIsDetectedByTheClock() {
        // seq 3000000000 -> 0 looks like a forward step (mod 2^32) but the clock went back: a restart
        Recorder r = decode(frames(new long[][] {{3000000000L, 90000000}, {0, 5}}));
        assertEquals(List.of(0L, 0L), r.dropped);
        assertEquals(List.of(90000000L, 90000010L), times(r));
    }

    @Test
    void resentHelloFromSameDeviceKeepsTracking() {
        String in = frames(new long[][] {{1, 10}, {2, 20}}) + HELLO3 + "\n" + frame("4,40,1,2,3") + "\n";
        Recorder r = decode(in);
        assertEquals(List.of(0L, 0L, 1L), r.dropped);
    }

    @Test
    void helloFromAnotherDeviceStartsAfresh() {
        String other = "#HELLO v=1 device=r2 kind=pad rate=50 unit=raw pos=0,1,2";
        String in = frames(new long[][] {{100, 1000}}) + other + "\n" + frame("0,5,1,2,3") + "\n";
        Recorder r = decode(in);
        assertEquals(List.of(0L, 0L), r.dropped);
        assertEquals(List.of(100L, 0L), seqs(r));
        assertEquals(List.of(1000L, 5L), times(r));
    }

    @Test
    void badLinesBetweenFramesDoNotDisturbTracking() {
        String in = frames(new long[][] {{1, 10}}) + "$2,20,1,2,3*0000\nnoise\n" + frame("3,30,1,2,3") + "\n";
        Recorder r = decode(in);
        assertEquals(List.of(0L, 1L), r.dropped);
    }
}
