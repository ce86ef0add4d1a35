package io.rollsense.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a session file to a {@link SessionVisitor}, record by record in file order. Raw lines
 * come back exactly as recorded. A corrupted record (unknown type, bad number, bad JSON, bad escape)
 * or a last line cut off by a crash is skipped and counted, never thrown. Stateless; thread-safe.
 */
public final class SessionReader {
    private SessionReader() {
    }

    /**
     * Reads {@code file} to {@code visitor}.
     *
     * @throws IOException naming the file when it cannot be read, is empty, is not a session, or has
     *                     a newer format version than this code reads
     */
    public static ReadResult read(Path file, SessionVisitor visitor) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), visitor);
        } catch (NoSuchFileException e) {
            throw new IOException("no such session file: " + file, e);
        }
    }

    /**
     * Reads only the header line of a session: its metadata object (settings, calibration, ...).
     *
     * @throws IOException naming the file when it cannot be read or is not a session
     */
    public static JsonNode readHeader(Path file) throws IOException {
        java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream(512);
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                first.write(c);
            }
        } catch (NoSuchFileException e) {
            throw new IOException("no such session file: " + file, e);
        }
        return parseHeader(first.toString(StandardCharsets.UTF_8), file.toString());
    }

    /** Whether {@code file} starts like a session ({@code RSESSION }); false when it cannot be read. */
    public static boolean isSession(Path file) {
        byte[] magic = (SessionFormat.MAGIC + " ").getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The raw lines of a session as the bytes the device sent (ISO-8859-1, as the live pipeline
     * turns bytes into lines), each ended by {@code \n}: feed them to a {@code LineDecoder} to
     * analyse the session again exactly as it ran live. A session that holds several devices
     * ({@code live --mqtt --device +}) was decoded per device live, so only one device's lines are
     * given: the first to say hello.
     */
    public static RawLineStream rawLineStream(Path file) throws IOException {
        return rawLineStream(file, null);
    }

    /**
     * Like {@link #rawLineStream(Path)}, for device {@code deviceId} ({@code null}: the first device
     * to say hello). {@link RawLineStream#devices()} lists the session's devices.
     *
     * @throws IOException naming the file, or naming the devices when {@code deviceId} is not one
     */
    public static RawLineStream rawLineStream(Path file, String deviceId) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(1 << 16);
        List<String> lineKeys = new ArrayList<>();   // who each line came from, as recorded
        List<Integer> lineEnds = new ArrayList<>();
        List<String> devices = new ArrayList<>();
        List<SessionData.TimedEvent> tares = new ArrayList<>();
        ReadResult r = read(file, new SessionVisitor() {
            @Override
            public void event(long hostOffsetMs, String dev, io.rollsense.core.AnalysisEvent event) {
                if (event instanceof io.rollsense.core.AnalysisEvent.Tare) {
                    tares.add(new SessionData.TimedEvent(hostOffsetMs, dev, event));
                }
            }

            @Override
            public void rawLine(long hostOffsetMs, String dev, String line) {
                byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
                all.write(b, 0, b.length);
                all.write('\n');
                lineKeys.add(dev);
                lineEnds.add(all.size());
            }

            @Override
            public void hello(long hostOffsetMs, String dev, io.rollsense.protocol.Hello hello) {
                if (!devices.contains(hello.deviceId())) {
                    devices.add(hello.deviceId());
                }
            }
        });
        if (deviceId != null && !devices.contains(deviceId)) {
            throw new IOException(file + " has no device '" + deviceId + "' (devices: "
                    + (devices.isEmpty() ? "none" : String.join(", ", devices)) + ")");
        }
        String shown = deviceId != null ? deviceId : devices.isEmpty() ? null : devices.get(0);
        byte[] bytes = all.toByteArray();
        if (devices.size() > 1) {
            // Several devices were decoded apart live: keep the shown device's lines, and lines
            // recorded under a connection name before its hello (not a device id).
            java.io.ByteArrayOutputStream mine = new java.io.ByteArrayOutputStream(bytes.length / devices.size() + 64);
            int from = 0;
            for (int i = 0; i < lineEnds.size(); i++) {
                String key = lineKeys.get(i);
                int to = lineEnds.get(i);
                if (key == null || key.equals(shown) || !devices.contains(key)) {
                    mine.write(bytes, from, to - from);
                }
                from = to;
            }
            bytes = mine.toByteArray();
        }
        List<io.rollsense.core.AnalysisEvent.Tare> shownTares = tares.stream()
                .filter(t -> shown == null || shown.equals(t.deviceId()) || devices.size() <= 1)
                .map(t -> (io.rollsense.core.AnalysisEvent.Tare) t.event()).toList();
        return new RawLineStream(bytes, r, devices, shown, shownTares);
    }

    /** The raw lines of a session as a stream, with what reading the session found. */
    public static final class RawLineStream extends java.io.ByteArrayInputStream {
        private final ReadResult readResult;
        private final List<String> devices;
        private final String shownDevice;
        private final List<io.rollsense.core.AnalysisEvent.Tare> tares;

        RawLineStream(byte[] bytes, ReadResult readResult, List<String> devices, String shownDevice,
                      List<io.rollsense.core.AnalysisEvent.Tare> tares) {
            super(bytes);
            this.readResult = readResult;
            this.devices = List.copyOf(devices);
            this.shownDevice = shownDevice;
            this.tares = List.copyOf(tares);
        }

        /** The tares asked for in the live window for the shown device, in order (to repeat them). */
        public List<io.rollsense.core.AnalysisEvent.Tare> tares() {
            return tares;
        }

        public ReadResult readResult() {
            return readResult;
        }

        /** Every device with a hello in the session, in the order they first said hello. */
        public List<String> devices() {
            return devices;
        }

        /** The device whose lines this stream holds, or {@code null} when the session has no hello. */
        public String shownDevice() {
            return shownDevice;
        }
    }

    static ReadResult read(InputStream in, String name, SessionVisitor visitor) throws IOException {
        LineSplitter lines = new LineSplitter(in);
        String first = lines.next();
        if (first == null) {
            throw new IOException(name + " is empty: not a RollSense session");
        }
        JsonNode header = parseHeader(first, name);
        int version = header.path("formatVersion").asInt(SessionFormat.VERSION);
        visitor.header(header);
        RecordParser parser = new RecordParser(visitor);
        RawFastPath fast = visitor.rawLinesAsBytes() ? new RawFastPath(visitor) : null;
        long records = 1;
        long skipped = 0;
        long firstSkipped = 0;
        long lineNo = 1;
        boolean finished = false;
        while (lines.advance()) {
            lineNo++;
            boolean torn = lines.lastWasUnterminated();
            char type;
            if (torn) {
                type = 0;
            } else if (fast != null && fast.accept(lines.bytes(), lines.length())) {
                type = SessionFormat.RAW;
            } else {
                type = parser.parse(lines.string());
            }
            if (type == 0) {
                skipped++;
                if (firstSkipped == 0) {
                    firstSkipped = lineNo;
                }
            } else {
                records++;
                finished |= type == SessionFormat.CLOSE;
            }
        }
        return new ReadResult(version, records, skipped, firstSkipped, lines.tornTailBytes(), finished);
    }

    private static JsonNode parseHeader(String first, String name) throws IOException {
        String prefix = SessionFormat.MAGIC + " ";
        int sp = first.indexOf(' ', prefix.length());
        if (!first.startsWith(prefix) || sp < 0) {
            throw new IOException(name + " is not a RollSense session (no '" + SessionFormat.MAGIC + "' header line)");
        }
        int version;
        try {
            version = Integer.parseInt(first.substring(prefix.length(), sp));
        } catch (NumberFormatException e) {
            throw new IOException(name + ": unreadable session format version in the header line");
        }
        if (version > SessionFormat.VERSION || version < 1) {
            throw new IOException(name + " has session format version " + version + "; this RollSense reads 1.."
                    + SessionFormat.VERSION + " (update RollSense)");
        }
        try {
            JsonNode h = EventCodec.JSON.readTree(first.substring(sp + 1));
            if (h == null || !h.isObject()) {
                throw new IOException(name + ": the header line has no metadata object");
            }
            return h;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(name + ": corrupted header line (" + e.getOriginalMessage() + ")");
        }
    }

    /** Splits a byte stream at {@code \n}; decodes each line as UTF-8 (malformed bytes become U+FFFD). */
    private static final class LineSplitter {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int end;
        private byte[] line = new byte[1024];
        private boolean unterminated;
        private long tornTail;

        LineSplitter(InputStream in) {
            this.in = in;
        }

        private int len;

        /** Reads the next line into {@link #bytes()}; false at the end. */
        boolean advance() throws IOException {
            len = 0;
            while (true) {
                if (pos == end) {
                    end = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        if (len == 0) {
                            return false;
                        }
                        unterminated = true;
                        tornTail = len;
                        return true;
                    }
                }
                int start = pos;
                while (pos < end && buf[pos] != '\n') {
                    pos++;
                }
                int n = pos - start;
                if (len + n > line.length) {
                    line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, len + n));
                }
                System.arraycopy(buf, start, line, len, n);
                len += n;
                if (pos < end) {
                    pos++;
                    unterminated = false;
                    return true;
                }
            }
        }

        byte[] bytes() {
            return line;
        }

        int length() {
            return len;
        }

        String string() {
            return new String(line, 0, len, StandardCharsets.UTF_8);
        }

        String next() throws IOException {
            return advance() ? string() : null;
        }

        boolean lastWasUnterminated() {
            return unterminated;
        }

        long tornTailBytes() {
            return tornTail;
        }
    }
}
