package io.rollsense.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rollsense.testing.TestDevice;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;

/** The per-channel decoders of the pipeline's reader side. */
class DecodingAdapterTest {

    private static void feed(DecodingAdapter a, String channel, String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        a.onData(channel, b, 0, b.length, System.nanoTime());
    }

    private static List<QueueItem.Line> lines(BlockingQueue<QueueItem> q) {
        List<QueueItem> all = new ArrayList<>();
        q.drainTo(all);
        return all.stream().filter(QueueItem.Line.class::isInstance).map(QueueItem.Line.class::cast).toList();
    }

    /**
     * A broker that shuts down sends the device's will ("offline"); the frames the device buffered
     * meanwhile may arrive before its new hello. They are its frames, decoded with the hello it sent
     * before, not "frame before any hello" bad lines.
     */
    @Test
    void framesAfterAnOfflineWillAreStillDecoded() {
        BlockingQueue<QueueItem> q = new ArrayBlockingQueue<>(1000);
        DecodingAdapter a = new DecodingAdapter(q, 10);
        TestDevice d = new TestDevice("solo", 100, 0).skipHello();
        feed(a, "solo", d.helloLine() + "\n" + d.nextLine() + "\n" + d.nextLine() + "\n");
        a.onDeviceStatus("solo", false, "device solo is offline");
        feed(a, "solo", d.nextLine() + "\n" + d.nextLine() + "\n");
        List<QueueItem.Line> out = lines(q);
        assertEquals(0, out.stream().filter(l -> l.bad() != null).count(), "bad lines: " + out);
        assertEquals(4, out.stream().filter(l -> l.frame() != null).count(), "frames: " + out);
    }

    /** Devices that went offline give up their decoder when the cap needs the room. */
    @Test
    void offlineDevicesMakeRoomAtTheCap() {
        BlockingQueue<QueueItem> q = new ArrayBlockingQueue<>(1000);
        DecodingAdapter a = new DecodingAdapter(q, 1);
        TestDevice first = new TestDevice("first", 100, 0).skipHello();
        TestDevice second = new TestDevice("second", 100, 0).skipHello();
        feed(a, "first", first.helloLine() + "\n" + first.nextLine() + "\n");
        feed(a, "second", second.helloLine() + "\n" + second.nextLine() + "\n");
        assertEquals(1, a.refusedChunks(), "a second device past the cap of one is refused");
        a.onDeviceStatus("first", false, "device first is offline");
        feed(a, "second", second.helloLine() + "\n" + second.nextLine() + "\n");
        assertEquals(1, a.refusedChunks(), "the offline device made room");
        assertEquals(2, lines(q).stream().filter(l -> l.frame() != null).count());
    }

    /** A device that said it is offline but still sends keeps its decoder at the cap. */
    @Test
    void aDeviceThatStillSendsIsNotEvicted() {
        BlockingQueue<QueueItem> q = new ArrayBlockingQueue<>(1000);
        DecodingAdapter a = new DecodingAdapter(q, 1);
        TestDevice first = new TestDevice("first", 100, 0).skipHello();
        TestDevice second = new TestDevice("second", 100, 0).skipHello();
        feed(a, "first", first.helloLine() + "\n" + first.nextLine() + "\n");
        a.onDeviceStatus("first", false, "device first is offline");
        feed(a, "first", first.nextLine() + "\n");
        feed(a, "second", second.helloLine() + "\n" + second.nextLine() + "\n");
        assertEquals(1, a.refusedChunks(), "the device that still sends keeps its place");
        feed(a, "first", first.nextLine() + "\n");
        assertEquals(0, lines(q).stream().filter(l -> l.bad() != null).count());
    }
}
