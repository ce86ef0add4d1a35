package io.rollsense.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Streaming decoder of wire protocol v1. Feed it byte chunks exactly as they arrive (partial
 * lines, many lines per chunk, garbage, NUL bytes, invalid UTF-8); it reports every complete line
 * to a {@link DecodeListener} and never throws on input. Not thread-safe: one decoder per source,
 * used from one thread.
 *
 * <p>Lines end with {@code \n}; one {@code \r} before it is dropped. Empty lines are skipped and not
 * counted in {@link DecoderStats#lines()}, but line numbers passed to the listener are physical
 * (1-based, empty lines included) so they match an editor's. A line over
 * {@link WireFormat#MAX_LINE_BYTES} bytes is reported once as {@link BadLineCategory#TOO_LONG} as
 * soon as it is detected (its first 512 bytes go to {@link DecodeListener#onRawLine}) and the rest
 * up to the next newline is discarded; at most 512 bytes of a line are ever buffered.
 *
 * <p>Classification: {@code #HELLO} alone or followed by a space is a hello ({@link HelloParser});
 * any other {@code #} line is a log line; {@code $} starts a frame ({@link FrameParser}); anything
 * else is {@link BadLineCategory#UNKNOWN}. A well-formed frame before any hello is
 * {@link BadLineCategory#NO_HELLO}; one whose value count differs from the hello's channel count
 * is {@link BadLineCategory#CHANNEL_COUNT}. Bad lines change no state.
 *
 * <p>Counters: {@link Frame#seq()} and {@link Frame#deviceTimeMs()} are unwrapped across uint32
 * wraps ({@code 4294967295 -> 0} is one step, not a drop). A forward seq jump of {@code d} means
 * {@code d - 1} dropped frames. A seq that goes backwards or repeats, or a device clock that goes
 * backwards, is a device restart: no drops are counted, seq keeps rising (still equal to the wire
 * value modulo 2^32) and device time stays monotonic by continuing one nominal frame period
 * ({@code round(1000 / rate)} ms) after the previous frame, then following the new clock.
 * A hello from the same device as the current one keeps seq and time tracking (devices re-send
 * it at will); a hello from a different device starts afresh with its first frame.
 *
 * <p>The happy path of a frame line allocates only the {@link Frame} and its values array.
 */
public final class LineDecoder {
    private static final int MAX = WireFormat.MAX_LINE_BYTES;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] buf = new byte[MAX];
    private int bufLen;
    /** 512 bytes then a {@code \r} are buffered: the line is fine if a {@code \n} comes next. */
    private boolean pendingCr;
    /** The current line was already reported too long; discard up to the next newline. */
    private boolean discarding;
    private long lineNo;

    private final FrameParser frames = new FrameParser();
    private final SequenceTracker tracker = new SequenceTracker();
    private Hello hello;

    private long lines;
    private long hellos;
    private long frameCount;
    private long logs;
    private long dropped;
    private final long[] bad = new long[BadLineCategory.values().length];

    public LineDecoder() {
    }

    /** Decodes {@code len} bytes from {@code off}; complete lines go to {@code listener}. */
    public void feed(byte[] data, int off, int len, DecodeListener listener) {
        int end = off + len;
        int pos = off;
        if (bufLen > 0 || discarding || pendingCr) {
            int nl = indexOfNewline(data, pos, end);
            if (nl < 0) {
                append(data, pos, end, listener);
                return;
            }
            append(data, pos, nl, listener);
            endBufferedLine(listener);
            pos = nl + 1;
        }
        while (pos < end) {
            int nl = indexOfNewline(data, pos, end);
            if (nl < 0) {
                append(data, pos, end, listener);
                return;
            }
            lineNo++;
            int n = nl - pos;
            if (n > 0 && data[nl - 1] == '\r') {
                n--;
            }
            if (n > MAX) {
                tooLong(data, pos, listener);
            } else if (n > 0) {
                line(data, pos, n, listener);
            }
            pos = nl + 1;
        }
    }

    /**
     * End of input: a final unterminated line is decoded as if it had a terminator. The decoder
     * stays usable (hello, seq and time tracking are kept), so this may also be called at every
     * message boundary, e.g. after each MQTT message whose last line has no {@code \n}.
     */
    public void finish(DecodeListener listener) {
        if (bufLen > 0 || discarding || pendingCr) {
            endBufferedLine(listener);
        }
    }

    /** The hello in force (the last valid one), or {@code null} before any. */
    public Hello currentHello() {
        return hello;
    }

    /** Counters so far (lines, frames, hellos, logs, bad lines by category, dropped frames). */
    public DecoderStats stats() {
        Map<BadLineCategory, Long> byCategory = new EnumMap<>(BadLineCategory.class);
        for (BadLineCategory c : BadLineCategory.values()) {
            byCategory.put(c, bad[c.ordinal()]);
        }
        return new DecoderStats(lines, hellos, frameCount, logs, byCategory, dropped);
    }

    /** First {@code \n} in {@code data[from, end)}, or -1; eight bytes per step (SWAR). */
    private static int indexOfNewline(byte[] data, int from, int end) {
        int i = from;
        for (; i + 8 <= end; i += 8) {
            long x = (long) LONGS.get(data, i) ^ 0x0A0A_0A0A_0A0A_0A0AL;
            // Flags the bytes that are zero (= '\n'); the lowest flag is always exact.
            long zero = (x - 0x0101_0101_0101_0101L) & ~x & 0x8080_8080_8080_8080L;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < end; i++) {
            if (data[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Buffers part of a line without its newline, detecting over-long lines. */
    private void append(byte[] data, int from, int to, DecodeListener listener) {
        int n = to - from;
        if (discarding || n == 0) {
            return;
        }
        int room = MAX - bufLen;
        if (pendingCr || n > room + 1 || (n == room + 1 && data[to - 1] != '\r')) {
            System.arraycopy(data, from, buf, bufLen, Math.min(n, room));
            discarding = true;
            pendingCr = false;
            lineNo++;
            tooLong(buf, 0, listener);
            return;
        }
        pendingCr = n == room + 1;
        System.arraycopy(data, from, buf, bufLen, Math.min(n, room));
        bufLen += Math.min(n, room);
    }

    private void endBufferedLine(DecodeListener listener) {
        int n = bufLen;
        bufLen = 0;
        if (discarding) {
            discarding = false;
            return;
        }
        lineNo++;
        if (!pendingCr && n > 0 && buf[n - 1] == '\r') {
            n--;
        }
        pendingCr = false;
        if (n > 0) {
            line(buf, 0, n, listener);
        }
    }

    private void tooLong(byte[] head, int off, DecodeListener listener) {
        bufLen = 0;
        lines++;
        listener.onRawLine(head, off, MAX, lineNo);
        bad(BadLineCategory.TOO_LONG, "line longer than " + MAX + " bytes", head, off, MAX, listener);
    }

    private void line(byte[] b, int off, int len, DecodeListener listener) {
        lines++;
        listener.onRawLine(b, off, len, lineNo);
        byte first = b[off];
        if (first == '$') {
            frame(b, off, len, listener);
        } else if (first == '#') {
            if (HelloParser.isHello(b, off, len)) {
                hello(new String(b, off, len, StandardCharsets.UTF_8), b, off, len, listener);
            } else {
                logs++;
                listener.onLog(new String(b, off + 1, len - 1, StandardCharsets.UTF_8), lineNo);
            }
        } else {
            bad(BadLineCategory.UNKNOWN, "line starts with neither '$' nor '#'", b, off, len, listener);
        }
    }

    private void frame(byte[] b, int off, int len, DecodeListener listener) {
        FrameParser p = frames;
        if (!p.parse(b, off, len)) {
            bad(p.error, p.detail, b, off, len, listener);
        } else if (hello == null) {
            bad(BadLineCategory.NO_HELLO, "frame before any hello", b, off, len, listener);
        } else if (p.count != hello.channelCount()) {
            bad(BadLineCategory.CHANNEL_COUNT, p.count + " values, hello declares " + hello.channelCount(),
                    b, off, len, listener);
        } else {
            long lost = tracker.next(p.seq, p.timeMs);
            frameCount++;
            dropped += lost;
            listener.onFrame(new Frame(tracker.seq, tracker.timeMs, Arrays.copyOf(p.values, p.count)), lost, lineNo);
        }
    }

    private void hello(String text, byte[] b, int off, int len, DecodeListener listener) {
        HelloParser.Result r = HelloParser.parse(text);
        if (r.hello() == null) {
            bad(r.error(), r.detail(), b, off, len, listener);
            return;
        }
        if (hello == null || !hello.deviceId().equals(r.hello().deviceId())) {
            tracker.reset();
        }
        hello = r.hello();
        tracker.rate(hello.rateHz());
        hellos++;
        listener.onHello(hello, lineNo);
    }

    private void bad(BadLineCategory c, String detail, byte[] b, int off, int len, DecodeListener listener) {
        bad[c.ordinal()]++;
        listener.onBadLine(new BadLine(c, detail, Excerpts.of(b, off, len)), lineNo);
    }
}
