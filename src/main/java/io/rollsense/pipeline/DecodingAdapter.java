package io.rollsense.pipeline;

import io.rollsense.api.StatusEvent;
import io.rollsense.protocol.BadLine;
import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.LineDecoder;
import io.rollsense.source.SourceListener;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs on the sources' reader threads: one {@link LineDecoder} per channel, each decoded line
 * offered to the bounded queue. A full queue counts a drop and never blocks the reader. Status
 * changes that find the queue full go to a small side queue instead (they are rare and must not be
 * lost), and the end of a source is counted, not queued.
 */
final class DecodingAdapter implements SourceListener {
    private final BlockingQueue<QueueItem> queue;
    private final AtomicLong queueDrops = new AtomicLong();
    private final Queue<QueueItem> statusOverflow = new ConcurrentLinkedQueue<>();
    private final AtomicInteger ended = new AtomicInteger();
    private final Map<String, ChannelDecoder> decoders = new ConcurrentHashMap<>();
    private final int maxDevices;
    private final AtomicLong refusedChunks = new AtomicLong();
    /** Channels whose device said it is offline; their decoders go first when the cap is reached. */
    private final java.util.Set<String> offline = ConcurrentHashMap.newKeySet();

    /** @param maxDevices channels decoded at once; data of further channels is counted and ignored */
    DecodingAdapter(BlockingQueue<QueueItem> queue, int maxDevices) {
        this.queue = queue;
        this.maxDevices = maxDevices;
    }

    /** Reads (messages, chunks) ignored because they came from a device past the cap. */
    long refusedChunks() {
        return refusedChunks.get();
    }

    long queueDrops() {
        return queueDrops.get();
    }

    /** Sources that have ended for good. */
    int endedSources() {
        return ended.get();
    }

    /** The next status that did not fit in the queue, or {@code null}. */
    QueueItem pollOverflow() {
        return statusOverflow.poll();
    }

    private void offer(QueueItem item) {
        if (!queue.offer(item)) {
            queueDrops.incrementAndGet();
        }
    }

    private void offerStatus(QueueItem.Status status) {
        if (!queue.offer(status)) {
            statusOverflow.add(status);
        }
    }

    @Override
    public void onData(String channel, byte[] data, int off, int len, long receivedNanos) {
        ChannelDecoder d = decoders.get(channel);
        if (d == null) {
            if (decoders.size() >= maxDevices) {
                evictOffline();
            }
            if (decoders.size() >= maxDevices) {
                if (refusedChunks.getAndIncrement() == 0) {
                    offerStatus(new QueueItem.Status("pipeline", StatusEvent.Kind.LOG, "device cap reached: "
                            + maxDevices + " devices in this process; data of further devices (first: " + channel
                            + ") is ignored and counted (split devices over processes: docs/clinic.md)",
                            System.currentTimeMillis()));
                }
                return;
            }
            d = decoders.computeIfAbsent(channel, ChannelDecoder::new);
        }
        if (!offline.isEmpty()) {
            offline.remove(channel); // it still sends: not one to evict
        }
        d.feed(data, off, len, receivedNanos);
    }

    /** Drops the decoders of devices that went offline (a device that comes back sends its hello first). */
    private void evictOffline() {
        for (String channel : offline) {
            if (offline.remove(channel)) {
                decoders.remove(channel);
            }
        }
    }

    @Override
    public void onEndOfStream(String channel) {
        ChannelDecoder d = decoders.get(channel);
        if (d != null) {
            d.finish();
        }
    }

    @Override
    public void onConnected(String channel, String message) {
        offerStatus(new QueueItem.Status(channel, StatusEvent.Kind.CONNECTED, message, System.currentTimeMillis()));
    }

    @Override
    public void onDisconnected(String channel, String message) {
        offerStatus(new QueueItem.Status(channel, StatusEvent.Kind.DISCONNECTED, message, System.currentTimeMillis()));
    }

    @Override
    public void onDeviceStatus(String channel, boolean online, String message) {
        if (online) {
            offline.remove(channel);
        } else if (decoders.containsKey(channel)) {
            // gone, but its decoder (and hello) is kept until the cap needs the room: a broker that shuts
            // down sends the device's will, and the frames it buffered may reach us before its new hello
            offline.add(channel);
        }
        offerStatus(new QueueItem.Status(channel, online ? StatusEvent.Kind.ONLINE : StatusEvent.Kind.OFFLINE, message,
                System.currentTimeMillis()));
    }

    @Override
    public void onEnd(String sourceName) {
        ended.incrementAndGet();
    }

    /** Decoder state of one channel; used by one reader thread at a time. */
    private final class ChannelDecoder implements DecodeListener {
        private final String channel;
        private final LineDecoder decoder = new LineDecoder();
        private String raw;
        private long hostTimeMs;
        private long receivedNanos;

        ChannelDecoder(String channel) {
            this.channel = channel;
        }

        void feed(byte[] data, int off, int len, long nanos) {
            receivedNanos = nanos;
            hostTimeMs = System.currentTimeMillis();
            decoder.feed(data, off, len, this);
        }

        void finish() {
            hostTimeMs = System.currentTimeMillis();
            receivedNanos = System.nanoTime();
            decoder.finish(this);
        }

        @Override
        public void onRawLine(byte[] line, int off, int len, long lineNumber) {
            raw = new String(line, off, len, StandardCharsets.ISO_8859_1);
        }

        @Override
        public void onHello(Hello hello, long lineNumber) {
            offer(new QueueItem.Line(channel, raw, hello, null, 0, null, null, hostTimeMs, receivedNanos));
        }

        @Override
        public void onFrame(Frame frame, long dropped, long lineNumber) {
            offer(new QueueItem.Line(channel, raw, null, frame, dropped, null, null, hostTimeMs, receivedNanos));
        }

        @Override
        public void onLog(String text, long lineNumber) {
            offer(new QueueItem.Line(channel, raw, null, null, 0, text, null, hostTimeMs, receivedNanos));
        }

        @Override
        public void onBadLine(BadLine bad, long lineNumber) {
            offer(new QueueItem.Line(channel, raw, null, null, 0, null, bad, hostTimeMs, receivedNanos));
        }
    }
}
