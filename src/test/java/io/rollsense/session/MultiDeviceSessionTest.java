package io.rollsense.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.protocol.DecodeListener;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.FrameEncoder;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.HelloCodec;
import io.rollsense.protocol.LineDecoder;
import io.rollsense.protocol.PressureUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions of `live --mqtt --device +` interleave devices; each is read back on its own. */
class MultiDeviceSessionTest {
    private static final Hello BALLS = new Hello("balls-02", DeviceKind.BALLS, 50, PressureUnit.KPA, -32, 32);

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    /** Roller frames at 100 Hz and ball frames at 50 Hz, interleaved as one MQTT client receives them. */
    private Path recordTwoDevices() {
        SessionRecorder rec = SessionRecorder.start(dir, SessionMetadata.of("t", "test"), notices::add);
        long t0 = System.currentTimeMillis();
        rec.onRawLine("roller-01", HelloCodec.encode(TestSessions.HELLO), t0);
        rec.onHello(TestSessions.HELLO, t0);
        rec.onRawLine("balls-02", HelloCodec.encode(BALLS), t0);
        rec.onHello(BALLS, t0);
        for (int i = 0; i < 200; i++) {
            rec.onRawLine("roller-01", TestSessions.frameLine(i, 8), t0 + i * 10L);
            if (i % 2 == 0) {
                rec.onRawLine("balls-02", FrameEncoder.frame(i / 2, i * 10L, new double[] {20, 21}, 1), t0 + i * 10L);
            }
        }
        rec.onStop();
        return rec.file();
    }

    @Test
    void eachDeviceIsLoadedOnItsOwn() throws IOException {
        Path file = recordTwoDevices();
        SessionData first = SessionData.load(file, false);
        assertEquals(List.of("roller-01", "balls-02"), first.deviceIds());
        assertEquals("roller-01", first.hello().deviceId());
        assertEquals(200, first.frames().size());
        SessionData balls = SessionData.load(file, false, "balls-02");
        assertEquals(BALLS, balls.hello());
        assertEquals(100, balls.frames().size());
        IOException e = assertThrows(IOException.class, () -> SessionData.load(file, false, "nope"));
        assertTrue(e.getMessage().contains("roller-01, balls-02"), e.getMessage());
    }

    @Test
    void rawLinesOfOneDeviceDecodeWithoutDropsOrBadLines() throws IOException {
        Path file = recordTwoDevices();
        for (String device : new String[] {"roller-01", "balls-02"}) {
            SessionReader.RawLineStream in = SessionReader.rawLineStream(file, device);
            LineDecoder dec = new LineDecoder();
            List<Frame> frames = new ArrayList<>();
            byte[] b = in.readAllBytes();
            dec.feed(b, 0, b.length, new DecodeListener() {
                @Override
                public void onFrame(Frame frame, long dropped, long lineNumber) {
                    frames.add(frame);
                }
            });
            dec.finish(new DecodeListener() { });
            assertEquals(device, dec.currentHello().deviceId());
            assertEquals(0, dec.stats().badLines(), device + ": " + dec.stats());
            assertEquals(0, dec.stats().droppedFrames(), device);
            assertEquals(device.equals("roller-01") ? 200 : 100, frames.size(), device);
        }
        assertEquals("roller-01", SessionReader.rawLineStream(file).shownDevice(), "default: the first to say hello");
    }

    @Test
    void aHelloRecordedUnderTheConnectionNameStaysWithItsDevice() throws IOException {
        // serial: the hello line arrives before the device is known, so it is recorded under the port
        SessionRecorder rec = SessionRecorder.start(dir, SessionMetadata.of("t", "test"), notices::add);
        long t0 = System.currentTimeMillis();
        rec.onRawLine("/dev/ttyUSB0", HelloCodec.encode(TestSessions.HELLO), t0);
        rec.onHello(TestSessions.HELLO, t0);
        for (int i = 0; i < 50; i++) {
            rec.onRawLine("roller-01", TestSessions.frameLine(i, 8), t0 + i * 10L);
        }
        rec.onStop();
        byte[] b = SessionReader.rawLineStream(rec.file()).readAllBytes();
        LineDecoder dec = new LineDecoder();
        dec.feed(b, 0, b.length, new DecodeListener() { });
        assertEquals(50, dec.stats().frames());
        assertEquals(0, dec.stats().badLines());
    }

    @Test
    void garbageFromAnotherTopicIsNeverChargedToADevice() throws IOException {
        SessionRecorder rec = SessionRecorder.start(dir, SessionMetadata.of("t", "test"), notices::add);
        long t0 = System.currentTimeMillis();
        rec.onRawLine("roller-01", HelloCodec.encode(TestSessions.HELLO), t0);
        rec.onHello(TestSessions.HELLO, t0);
        for (int i = 0; i < 100; i++) {
            rec.onRawLine("roller-01", TestSessions.frameLine(i, 8), t0 + i * 10L);
            rec.onRawLine("junk-topic", "garbage " + i, t0 + i * 10L); // a topic that never says hello
        }
        rec.onStop();
        for (String device : new String[] {null, "roller-01"}) {
            byte[] b = SessionReader.rawLineStream(rec.file(), device).readAllBytes();
            LineDecoder dec = new LineDecoder();
            dec.feed(b, 0, b.length, new DecodeListener() { });
            assertEquals(100, dec.stats().frames());
            assertEquals(0, dec.stats().badLines(), "another topic's lines: " + dec.stats());
        }
    }
}
