package dev.tusk.types.json;

import dev.tusk.types.ByteArraySink;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code jsonb_out}: a {@link JsonbNode} tree as PostgreSQL prints it, {@code ", "} between members and
 * {@code ": "} after keys, strings through {@code escape_json}. Written with an explicit stack, like the
 * parser, so nesting depth is not limited by the Java stack.
 */
final class JsonbWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonbWriter() {}

    /** The jsonb text of {@code root}. */
    static byte[] write(JsonbNode root) {
        ByteArraySink out = new ByteArraySink();
        // each entry is a node still to print, or a closing bracket / separator to emit
        Deque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item instanceof byte[] literal) {
                out.writeBytes(literal, 0, literal.length);
            } else if (item instanceof JsonbNode.Scalar s) {
                out.writeBytes(s.text(), 0, s.text().length);
            } else if (item instanceof JsonbNode.ArrayNode a) {
                out.writeByte('[');
                work.push(new byte[] {']'});
                for (int i = a.elements().size() - 1; i >= 0; i--) {
                    work.push(a.elements().get(i));
                    if (i > 0) {
                        work.push(new byte[] {',', ' '});
                    }
                }
            } else {
                JsonbNode.ObjectNode o = (JsonbNode.ObjectNode) item;
                out.writeByte('{');
                work.push(new byte[] {'}'});
                for (int i = o.keys.size() - 1; i >= 0; i--) {
                    work.push(o.values.get(i));
                    ByteArraySink key = new ByteArraySink(o.keys.get(i).length + 4);
                    if (i > 0) {
                        key.writeByte(',');
                        key.writeByte(' ');
                    }
                    byte[] escaped = escape(o.keys.get(i));
                    key.writeBytes(escaped, 0, escaped.length);
                    key.writeByte(':');
                    key.writeByte(' ');
                    work.push(key.toByteArray());
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * PostgreSQL's {@code escape_json}: quotes, the short escapes for backspace, form feed, newline, carriage
     * return, tab, quote and backslash, a six-character u00XX escape for other control characters, every other byte as is.
     */
    static byte[] escape(byte[] s) {
        ByteArraySink out = new ByteArraySink(s.length + 2);
        out.writeByte('"');
        for (byte b : s) {
            switch (b) {
                case '\b' -> shortEscape(out, 'b');
                case '\f' -> shortEscape(out, 'f');
                case '\n' -> shortEscape(out, 'n');
                case '\r' -> shortEscape(out, 'r');
                case '\t' -> shortEscape(out, 't');
                case '"' -> shortEscape(out, '"');
                case '\\' -> shortEscape(out, '\\');
                default -> {
                    if (b >= 0 && b < ' ') {
                        out.writeByte('\\');
                        out.writeByte('u');
                        out.writeByte('0');
                        out.writeByte('0');
                        out.writeByte(HEX[b >> 4]);
                        out.writeByte(HEX[b & 0xF]);
                    } else {
                        out.writeByte(b);
                    }
                }
            }
        }
        out.writeByte('"');
        return out.toByteArray();
    }

    private static void shortEscape(ByteArraySink out, char c) {
        out.writeByte('\\');
        out.writeByte(c);
    }
}
