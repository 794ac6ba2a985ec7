package dev.tusk.testkit.wire;

import dev.tusk.protocol.backend.BackendMessage;
import dev.tusk.protocol.codec.BackendMessageWriter;
import dev.tusk.protocol.util.HexDump;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Readable differences between two backend message sequences: kinds side by side, the differing fields of the
 * first mismatched message, and the hex-dump diff of its encoding.
 */
public final class MessageDiff {
    private MessageDiff() {}

    /** The record simple names of the messages, e.g. {@code "ReadyForQuery"}. */
    public static List<String> kinds(List<? extends BackendMessage> messages) {
        List<String> out = new ArrayList<>(messages.size());
        for (BackendMessage m : messages) {
            out.add(m.getClass().getSimpleName());
        }
        return out;
    }

    /** One message per line, numbered. */
    public static String listing(List<? extends BackendMessage> messages) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < messages.size(); i++) {
            sb.append(String.format(java.util.Locale.ROOT, "  #%d %s%n", i, render(messages.get(i))));
        }
        return sb.toString();
    }

    /** Describes how {@code actual} differs from {@code expected}; {@code null} when they are equal. */
    public static String diff(List<? extends BackendMessage> expected, List<? extends BackendMessage> actual) {
        if (expected.equals(actual)) {
            return null;
        }
        StringBuilder sb = new StringBuilder("backend messages differ (expected ")
                .append(expected.size())
                .append(", got ")
                .append(actual.size())
                .append(")\n");
        int n = Math.max(expected.size(), actual.size());
        int first = -1;
        for (int i = 0; i < n; i++) {
            BackendMessage e = i < expected.size() ? expected.get(i) : null;
            BackendMessage a = i < actual.size() ? actual.get(i) : null;
            boolean same = Objects.equals(e, a);
            if (!same && first < 0) {
                first = i;
            }
            sb.append(String.format(
                    java.util.Locale.ROOT,
                    "%s #%-3d %-24s %s%n",
                    same ? " " : "!",
                    i,
                    e == null ? "-" : e.getClass().getSimpleName(),
                    a == null ? "-" : a.getClass().getSimpleName()));
        }
        BackendMessage e = first < expected.size() ? expected.get(first) : null;
        BackendMessage a = first < actual.size() ? actual.get(first) : null;
        sb.append("first difference at #").append(first).append(":\n");
        sb.append("  expected: ").append(e == null ? "(nothing)" : render(e)).append('\n');
        sb.append("  actual:   ").append(a == null ? "(nothing)" : render(a)).append('\n');
        if (e != null && a != null && e.getClass() == a.getClass()) {
            sb.append(fieldDiff(e, a));
            String hex = HexDump.diff(encode(e), encode(a));
            if (hex != null) {
                sb.append(hex);
            }
        }
        return sb.toString();
    }

    /** The encoding of a message on the wire. */
    public static byte[] encode(BackendMessage message) {
        ByteBuf buf = Unpooled.buffer();
        try {
            BackendMessageWriter.write(message, buf);
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    /** A message with its fields, arrays and byte strings shown readably. */
    public static String render(BackendMessage m) {
        RecordComponent[] components = m.getClass().getRecordComponents();
        if (components == null || components.length == 0) {
            return m.getClass().getSimpleName();
        }
        StringBuilder sb = new StringBuilder(m.getClass().getSimpleName()).append('[');
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(components[i].getName()).append('=').append(render(value(components[i], m)));
        }
        return sb.append(']').toString();
    }

    private static String fieldDiff(BackendMessage e, BackendMessage a) {
        RecordComponent[] components = e.getClass().getRecordComponents();
        if (components == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (RecordComponent c : components) {
            Object ev = value(c, e);
            Object av = value(c, a);
            if (!render(ev).equals(render(av))) {
                sb.append("  field ")
                        .append(c.getName())
                        .append(": expected ")
                        .append(render(ev))
                        .append(", actual ")
                        .append(render(av))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException ex) {
            return "<" + ex + ">";
        }
    }

    private static String render(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof byte[] b) {
            return "'" + printable(b) + "' (" + HexDump.toHex(b) + ")";
        }
        if (v instanceof String s) {
            return '"' + s + '"';
        }
        if (v instanceof Character ch) {
            return "'" + ch + "'";
        }
        if (v instanceof Collection<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(render(o));
            }
            return parts.toString();
        }
        if (v instanceof Object[] arr) {
            return render(Arrays.asList(arr));
        }
        if (v.getClass().isArray()) {
            return Arrays.deepToString(new Object[] {v}).replaceAll("^\\[|\\]$", "");
        }
        return String.valueOf(v);
    }

    private static String printable(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c == 0x7f ? '.' : c);
        }
        return sb.toString();
    }
}
