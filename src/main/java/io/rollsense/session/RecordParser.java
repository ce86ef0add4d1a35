package io.rollsense.session;

import com.fasterxml.jackson.databind.JsonNode;

/** Parses one record line (not the header) and hands it to a visitor. Not thread-safe. */
final class RecordParser {
    private final SessionVisitor visitor;
    private int cursor;
    private String lastToken;
    private String lastDevice;

    RecordParser(SessionVisitor visitor) {
        this.visitor = visitor;
    }

    /** Returns the record type, or 0 when the line is not a valid record (nothing was visited). */
    char parse(String line) {
        if (line.length() < 4 || line.charAt(1) != ' ') {
            return 0;
        }
        char type = line.charAt(0);
        try {
            int sp = line.indexOf(' ', 2);
            if (sp < 0) {
                return 0;
            }
            long off = Long.parseLong(line, 2, sp, 10);
            cursor = sp + 1;
            switch (type) {
                case SessionFormat.RAW -> {
                    String dev = deviceAt(line);
                    visitor.rawLine(off, dev, SessionFormat.unescape(line, cursor));
                }
                case SessionFormat.HELLO -> {
                    String dev = deviceAt(line);
                    visitor.hello(off, dev, HelloJson.decode(json(line)));
                }
                case SessionFormat.EVENT -> {
                    String dev = deviceAt(line);
                    visitor.event(off, dev, EventCodec.decode(line.substring(cursor)));
                }
                case SessionFormat.FIELD -> {
                    String dev = deviceAt(line);
                    long t = Long.parseLong(token(line));
                    double spine = Double.parseDouble(token(line));
                    double max = Double.parseDouble(token(line));
                    int ch = Integer.parseInt(line.substring(cursor));
                    visitor.field(off, dev, t, spine, max, ch);
                }
                case SessionFormat.BAD -> {
                    String dev = deviceAt(line);
                    String cat = token(line);
                    visitor.badLine(off, dev, cat, SessionFormat.unescape(line, cursor));
                }
                case SessionFormat.ROUTINE -> {
                    String dev = deviceAt(line);
                    visitor.routine(off, dev, json(line));
                }
                case SessionFormat.STATUS -> visitor.status(off, json(line));
                case SessionFormat.META -> visitor.metadata(off, json(line));
                case SessionFormat.CLOSE -> visitor.close(off, json(line));
                default -> {
                    return 0;
                }
            }
            return type;
        } catch (RuntimeException e) {
            return 0; // corrupted record: counted by the caller
        }
    }

    private String token(String line) {
        int sp = line.indexOf(' ', cursor);
        if (sp < 0) {
            throw new IllegalArgumentException("record ends early");
        }
        String t = line.substring(cursor, sp);
        cursor = sp + 1;
        return t;
    }

    /** The device token at the cursor, reusing the previous string when it repeats (it nearly always does). */
    private String deviceAt(String line) {
        int sp = line.indexOf(' ', cursor);
        if (sp < 0) {
            throw new IllegalArgumentException("record ends early");
        }
        int len = sp - cursor;
        if (lastToken == null || lastToken.length() != len || !line.regionMatches(cursor, lastToken, 0, len)) {
            lastToken = line.substring(cursor, sp);
            lastDevice = device(lastToken);
        }
        cursor = sp + 1;
        return lastDevice;
    }

    private static String device(String token) {
        return SessionFormat.NO_DEVICE.equals(token) ? null : SessionFormat.unescape(token, 0);
    }

    private JsonNode json(String line) {
        try {
            JsonNode n = EventCodec.JSON.readTree(line.substring(cursor));
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException("record body is not a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("record body is not JSON", e);
        }
    }
}
