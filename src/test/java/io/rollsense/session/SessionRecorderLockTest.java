package io.rollsense.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.api.StatusEvent;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.protocol.BadLine;
import io.rollsense.protocol.BadLineCategory;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every listener method of the recorder updates the summary under the same lock as the pain and
 * note setters (which run on other threads): while a test thread holds that lock, each listener
 * call from the analyzer-like thread must wait for it.
 */
class SessionRecorderLockTest {
    @TempDir
    Path dir;

    @Test
    void everyListenerMethodWaitsForTheSummaryLock() throws Exception {
        SessionRecorder rec = SessionRecorder.startFile(dir.resolve("s.rsession"), SessionMetadata.of("t", "lock"), m -> { });
        Hello hello = new Hello("d", DeviceKind.ROLLER, 50, PressureUnit.KPA, -15, 15);
        long now = System.currentTimeMillis();
        List<Consumer<SessionRecorder>> calls = List.of(
                r -> r.onRawLine("d", "$1,0,1,1*0000", now),
                r -> r.onHello(hello, now),
                r -> r.onEvent("d", new AnalysisEvent.Stroke(100)),
                r -> r.onBadLine("d", new BadLine(BadLineCategory.CHECKSUM, "bad crc", "x"), now),
                r -> r.onStatus(new StatusEvent(StatusEvent.Kind.LOG, "d", "hi", now)));
        for (Consumer<SessionRecorder> call : calls) {
            Thread t = new Thread(() -> call.accept(rec), "analyzer-like");
            synchronized (rec.lock()) {
                t.start();
                assertTrue(awaitState(t, Thread.State.BLOCKED), "the listener call waits for the lock");
            }
            t.join(10_000);
            assertTrue(!t.isAlive(), "and finishes once it is free");
        }
        rec.setPainAfter(3);
        rec.close();
        SessionSummary s = rec.summary();
        assertEquals(1, s.strokes());
        assertEquals(Integer.valueOf(3), s.painAfter());
    }

    /** Polls the thread's state (a state change has no event to wait on); false after 10 s. */
    private static boolean awaitState(Thread t, Thread.State wanted) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            Thread.State st = t.getState();
            if (st == wanted) {
                return true;
            }
            if (st == Thread.State.TERMINATED) {
                return false;
            }
            Thread.onSpinWait();
        }
        return false;
    }
}
