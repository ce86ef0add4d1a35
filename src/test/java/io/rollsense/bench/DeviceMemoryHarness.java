package io.rollsense.bench;

import io.rollsense.api.PipelineListener;
import io.rollsense.api.PipelineStats;
import io.rollsense.api.StatusEvent;
import io.rollsense.pipeline.Pipeline;
import io.rollsense.source.FrameSource;
import io.rollsense.source.SourceListener;
import io.rollsense.testing.TestDevice;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap held per device by one {@code live} pipeline, and what happens past the device cap. N
 * devices (ids {@code d1..dN}, 8-taxel rollers at 100 Hz) each send a hello and 2 s of frames as
 * MQTT devices would; the heap is measured (after full GCs) with every device active, then after
 * every device went offline. Devices past the cap are refused with one message.
 * Usage: {@code DeviceMemoryHarness DEVICES [CAP]} (default cap: the pipeline's).
 */
public final class DeviceMemoryHarness {
    private static final int FRAMES = 200;

    private DeviceMemoryHarness() {
    }

    /** Sends every device's hello and frames, waits, then sends every device offline. */
    private static final class ManyDevices implements FrameSource {
        private final int devices;
        private final CountDownLatch goOffline = new CountDownLatch(1);
        private final CountDownLatch produced = new CountDownLatch(1);
        private Thread thread;

        ManyDevices(int devices) {
            this.devices = devices;
        }

        @Override
        public String name() {
            return "many devices";
        }

        @Override
        public void start(SourceListener l) {
            thread = new Thread(() -> {
                TestDevice shape = new TestDevice("shape", 100, 0).skipHello();
                for (int i = 1; i <= devices; i++) {
                    String id = "d" + i;
                    StringBuilder sb = new StringBuilder(FRAMES * 64);
                    sb.append(new TestDevice(id, 100, 0).helloLine()).append('\n');
                    for (int k = 0; k < FRAMES; k++) {
                        String frame = shape.nextLine();
                        sb.append(frame).append('\n');
                    }
                    byte[] b = sb.toString().getBytes(StandardCharsets.US_ASCII);
                    l.onData(id, b, 0, b.length, System.nanoTime());
                    shape = new TestDevice("shape", 100, 0).skipHello();
                }
                produced.countDown(); // nothing more is allocated here until the offline phase
                try {
                    goOffline.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 1; i <= devices; i++) {
                    l.onDeviceStatus("d" + i, false, "device d" + i + " is offline");
                }
            }, "many-devices");
            thread.start();
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }

    static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            Thread.sleep(100);
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    public static void main(String[] args) throws Exception {
        int devices = Integer.parseInt(args[0]);
        int cap = args.length > 1 ? Integer.parseInt(args[1]) : Pipeline.MAX_DEVICES;
        int accepted = Math.min(devices, cap);
        AtomicLong frames = new AtomicLong();
        AtomicLong offline = new AtomicLong();
        CountDownLatch analysed = new CountDownLatch(1);
        CountDownLatch allOffline = new CountDownLatch(1);
        StringBuilder capMessage = new StringBuilder();
        ManyDevices source = new ManyDevices(devices);
        Pipeline p = Pipeline.builder().source(source).maxDevices(cap).queueCapacity(10_000_000).shutdownHook(false)
                .listener(new PipelineListener() {
                    @Override
                    public void onFrame(String deviceId, io.rollsense.protocol.Frame frame, long hostTimeMs) {
                        if (frames.incrementAndGet() == (long) accepted * FRAMES) {
                            analysed.countDown();
                        }
                    }

                    @Override
                    public void onStatus(StatusEvent s) {
                        if (s.message().contains("device cap")) {
                            capMessage.append(s.message());
                        }
                        if (s.kind() == StatusEvent.Kind.OFFLINE && offline.incrementAndGet() == devices) {
                            allOffline.countDown();
                        }
                    }
                }).build();
        long before = usedHeap();
        p.start();
        if (!analysed.await(10, TimeUnit.MINUTES) || !source.produced.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("frames analysed: " + frames.get());
        }
        long active = usedHeap();
        source.goOffline.countDown();
        if (!allOffline.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("offline seen: " + offline.get());
        }
        long released = usedHeap();
        p.stop();
        PipelineStats stats = p.awaitStopped(java.time.Duration.ofMinutes(1)) ? p.stats() : null;
        System.out.printf(Locale.ROOT, "devices %d, cap %d, analysed %d devices, %d frames%n", devices, cap,
                stats == null ? -1 : stats.devices(), frames.get());
        System.out.printf(Locale.ROOT, "heap: %.1f MB before, %.1f MB with all active (%.1f KB per device),"
                        + " %.1f MB after all went offline (%.1f KB per device)%n",
                before / 1e6, active / 1e6, (active - before) / 1e3 / accepted, released / 1e6,
                (released - before) / 1e3 / accepted);
        System.out.println(capMessage.length() == 0 ? "cap not reached" : "cap: " + capMessage);
    }
}
