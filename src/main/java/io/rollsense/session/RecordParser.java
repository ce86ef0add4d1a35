package io.rollsense.session;

import com.fasterxml.jackson.databind.JsonNode;

/** Parses one record line (not the header) and hands it to a visitor. Not thread-safe. */
final class RecordParser {
    private final SessionVisitor visitor;
    private int cursor;

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
            cursor = 2;
            long off = Long.parseLong(token(line));
            switch (type) {
                case SessionFormat.RAW -> {
                    String dev = device(token(line));
                    visitor.rawLine(off, dev, SessionFormat.unescape(line, cursor));
                }
                case SessionFormat.HELLO -> {
                    String dev = device(token(line));
                    visitor.hello(off, dev, HelloJson.decode(json(line)));
                }
                case SessionFormat.EVENT -> {
                    String dev = device(token(line));
                    visitor.event(off, dev, EventCodec.decode(line.substring(cursor)));
                }
                case SessionFormat.FIELD -> {
                    String dev = device(token(line));
                    long t = Long.parseLong(token(line));
                    double spine = Double.parseDouble(token(line));
                    double max = Double.parseDouble(token(line));
                    int ch = Integer.parseInt(line.substring(cursor));
                    visitor.field(off, dev, t, spine, max, ch);
                }
                case SessionFormat.BAD -> {
                    String dev = device(token(line));
                    String cat = token(line);
                    visitor.badLine(off, dev, cat, SessionFormat.unescape(line, cursor));
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
