package io.rollsense.pipeline;

import io.rollsense.api.PipelineStats;
import io.rollsense.api.StatusEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.source.SerialSource;
import io.rollsense.testing.CollectingListener;
import io.rollsense.testing.PtyDeviceWriter;
import io.rollsense.testing.SocatPair;
import io.rollsense.testing.TestDevice;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline reading a real socat pty pair, with a fake device writing into the other end. */
class SerialPipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void readsFramesAndCountsBadLines() throws Exception {
        TestDevice device = new TestDevice("pty-roller", 200, 25);
        CollectingListener seen = new CollectingListener();
        try (SocatPair pty = new SocatPair(dir)) {
            Pipeline p = startOn(pty, seen);
            try (PtyDeviceWriter w = new PtyDeviceWriter(pty.deviceEnd(), device, device.helloLine(), 4)) {
                seen.await("200 frame lines and some bad ones",
                        l -> l.frameLines("pty-roller") >= 200 && l.badLines("pty-roller") >= 4, WAIT);
            }
            p.stop();
            assertTrue(p.awaitStopped(WAIT), "pipeline stops");
            PipelineStats stats = p.stats();
            assertEquals(seen.badLines("pty-roller"), stats.badLines());
            assertEquals(seen.frameLines("pty-roller") - stats.badLines(), stats.frames(), "good frames = frame lines - CRC failures");
            assertEquals(0, stats.queueDrops());
        }
        assertTrue(seen.stopped(), "onStop called");
        assertEquals(TestDevice.POSITIONS_MM.length, seen.hellos().get("pty-roller").channelCount());
        assertTrue(seen.statusIndex(StatusEvent.Kind.BAD_LINES, 0) >= 0, "bad-line count reported: " + seen.statuses());
    }

    @Test
    void unplugIsReportedAndTheSamePathIsReopened() throws Exception {
        TestDevice device = new TestDevice("pty-roller", 100, 0);
        CollectingListener seen = new CollectingListener();
        try (SocatPair pty = new SocatPair(dir)) {
            Pipeline p = startOn(pty, seen);
            try (PtyDeviceWriter w = new PtyDeviceWriter(pty.deviceEnd(), device, device.helloLine(), 4)) {
                seen.await("frames before unplug", l -> l.frameLines("pty-roller") >= 100, WAIT);
                pty.kill();
                seen.await("disconnect reported", l -> l.statusIndex(StatusEvent.Kind.DISCONNECTED, 0) >= 0, WAIT);
                long before = seen.frameLines("pty-roller");
                pty.start();
                w.replugged();
                seen.await("reconnect reported",
                        l -> l.statusIndex(StatusEvent.Kind.CONNECTED, l.statusIndex(StatusEvent.Kind.DISCONNECTED, 0)) > 0,
                        WAIT);
                seen.await("frames after replug", l -> l.frameLines("pty-roller") >= before + 100, WAIT);
            }
            p.stop();
            assertTrue(p.awaitStopped(WAIT), "pipeline stops");
        }
        int gone = seen.statusIndex(StatusEvent.Kind.DISCONNECTED, 0);
        StatusEvent back = seen.statuses().get(seen.statusIndex(StatusEvent.Kind.CONNECTED, gone));
        assertTrue(back.message().contains("back after a gap"), back.message());
        assertTrue(seen.statuses().get(gone).message().contains(dirString()), "names the port");
    }

    /** A pipeline reading the pty's host end, started and with its port open. */
    private static Pipeline startOn(SocatPair pty, CollectingListener seen) throws Exception {
        Pipeline p = Pipeline.builder().source(new SerialSource(pty.hostEnd().toString(), 115200))
                .listener(seen).shutdownHook(false).build();
        p.start();
        seen.await("port opened", l -> l.statusIndex(StatusEvent.Kind.CONNECTED, 0) >= 0, WAIT);
        return p;
    }

    private String dirString() {
        return dir.resolve("host").toString();
    }
}
