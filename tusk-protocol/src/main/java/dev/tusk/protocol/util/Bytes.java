package dev.tusk.protocol.util;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Value semantics for byte arrays and lists of them, shared by the message records. */
public final class Bytes {
    private static final int TO_STRING_LIMIT = 32;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Bytes() {}

    /** Element-wise {@link Arrays#equals(byte[], byte[])} over two lists that may hold {@code null} entries. */
    public static boolean equals(List<byte[]> a, List<byte[]> b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A hash code consistent with {@link #equals(List, List)}. */
    public static int hashCode(List<byte[]> list) {
        if (list == null) {
            return 0;
        }
        int h = 1;
        for (byte[] b : list) {
            h = 31 * h + Arrays.hashCode(b);
        }
        return h;
    }

    /** Short hex rendering: at most 32 bytes, then the total length; {@code null} for a null array. */
    public static String toString(byte[] bytes) {
        if (bytes == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(Math.min(bytes.length, TO_STRING_LIMIT) * 2 + 16);
        sb.append("0x");
        for (int i = 0; i < Math.min(bytes.length, TO_STRING_LIMIT); i++) {
            sb.append(HEX[(bytes[i] >> 4) & 0xf]).append(HEX[bytes[i] & 0xf]);
        }
        if (bytes.length > TO_STRING_LIMIT) {
            sb.append("...(").append(bytes.length).append(" bytes)");
        }
        return sb.toString();
    }

    /** Renders each element with {@link #toString(byte[])}. */
    public static String toString(List<byte[]> list) {
        if (list == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(toString(list.get(i)));
        }
        return sb.append(']').toString();
    }

    /** An unmodifiable copy of {@code list} that, unlike {@link List#copyOf}, keeps {@code null} entries. */
    public static List<byte[]> copyOf(List<byte[]> list) {
        Objects.requireNonNull(list, "list");
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** Only the length, for payloads that may hold secrets. */
    public static String redacted(byte[] bytes) {
        return bytes == null ? "null" : "<" + bytes.length + " bytes>";
    }
}
