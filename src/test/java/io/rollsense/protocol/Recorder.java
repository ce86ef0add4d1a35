package io.rollsense.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test listener: records every event as one readable string, in order. */
final class Recorder implements DecodeListener {
    final List<String> events = new ArrayList<>();
    final List<Hello> hellos = new ArrayList<>();
    final List<Frame> frames = new ArrayList<>();
    final List<Long> dropped = new ArrayList<>();
    final List<BadLine> bad = new ArrayList<>();
    final List<String> logs = new ArrayList<>();
    long rawLines;

    @Override
    public void onRawLine(byte[] line, int off, int len, long lineNumber) {
        rawLines++;
        events.add("raw " + lineNumber + " " + new String(line, off, len, StandardCharsets.ISO_8859_1));
    }

    @Override
    public void onHello(Hello hello, long lineNumber) {
        hellos.add(hello);
        events.add("hello " + lineNumber + " " + hello);
    }

    @Override
    public void onFrame(Frame frame, long droppedFrames, long lineNumber) {
        frames.add(frame);
        dropped.add(droppedFrames);
        events.add("frame " + lineNumber + " " + frame.seq() + " " + frame.deviceTimeMs() + " "
                + Arrays.toString(frame.values()) + " dropped=" + droppedFrames);
    }

    @Override
    public void onLog(String text, long lineNumber) {
        logs.add(text);
        events.add("log " + lineNumber + " " + text);
    }

    @Override
    public void onBadLine(BadLine b, long lineNumber) {
        bad.add(b);
        events.add("bad " + lineNumber + " " + b.category().key() + " " + b.detail() + " [" + b.excerpt() + "]");
    }

    /** Decodes the chunks with a fresh decoder (then finish) and returns the recorder. */
    static Recorder decode(LineDecoder d, byte[]... chunks) {
        Recorder r = new Recorder();
        for (byte[] c : chunks) {
            d.feed(c, 0, c.length, r);
        }
        d.finish(r);
        return r;
    }

    static Recorder decode(String text) {
        return decode(new LineDecoder(), text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** {@code $payload*CRC} with the correct CRC. */
    static String frame(String payload) {
        StringBuilder sb = new StringBuilder("$").append(payload).append('*');
        FrameEncoder.appendCrc(sb, Crc16.of(payload));
        return sb.toString();
    }

    static final String HELLO3 = "#HELLO v=1 device=r1 kind=roller rate=100 unit=kPa pos=-10,0,10";
}
