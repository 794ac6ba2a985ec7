package dev.tusk.protocol.util;

import java.util.Arrays;

/**
 * Hex dumps (offset, hex, ASCII) and dump diffs, so that golden-byte test failures show where two byte
 * sequences part ways.
 */
public final class HexDump {
    private static final int WIDTH = 16;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private HexDump() {}

    /**
     * Renders {@code bytes} 16 per line: an 8-digit hex offset, the bytes in hex, and their printable ASCII
     * characters ({@code .} for others).
     */
    public static String format(byte[] bytes) {
        return format(bytes, -1);
    }

    private static String format(byte[] bytes, int mark) {
        StringBuilder sb = new StringBuilder();
        for (int line = 0; line < bytes.length; line += WIDTH) {
            boolean marked = mark >= line && mark < line + WIDTH;
            sb.append(marked ? "> " : "  ");
            appendHex(sb, line, 8);
            sb.append(' ');
            for (int i = line; i < line + WIDTH; i++) {
                if (i == line + WIDTH / 2) {
                    sb.append(' ');
                }
                if (i < bytes.length) {
                    sb.append(i == mark ? '[' : i == mark + 1 && i != line ? ']' : ' ');
                    appendHex(sb, bytes[i] & 0xff, 2);
                } else {
                    sb.append("   ");
                }
            }
            sb.append(Math.min(line + WIDTH, bytes.length) - 1 == mark ? ']' : ' ');
            sb.append(" |");
            for (int i = line; i < Math.min(line + WIDTH, bytes.length); i++) {
                int c = bytes[i] & 0xff;
                sb.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
            }
            sb.append("|\n");
        }
        if (mark >= bytes.length) {
            sb.append("> ");
            appendHex(sb, mark, 8);
            sb.append("  (end)\n");
        }
        return sb.toString();
    }

    /**
     * Compares two byte arrays and renders both dumps, the line holding the first difference marked with
     * {@code >} and the differing byte in brackets; returns {@code null} when they are equal.
     */
    public static String diff(byte[] expected, byte[] actual) {
        int at = Arrays.mismatch(expected, actual);
        if (at < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("first difference at offset ").append(at).append(" (0x");
        appendHex(sb, at, 4);
        sb.append("): expected ")
                .append(describe(expected, at))
                .append(", actual ")
                .append(describe(actual, at));
        sb.append("; lengths ")
                .append(expected.length)
                .append(" and ")
                .append(actual.length)
                .append('\n');
        sb.append("expected:\n").append(format(expected, at));
        sb.append("actual:\n").append(format(actual, at));
        return sb.toString();
    }

    /**
     * Parses hex digits into bytes, ignoring whitespace, {@code _} and {@code |} so literals can be grouped the
     * way the protocol docs group fields.
     */
    public static byte[] parse(String hex) {
        byte[] out = new byte[hex.length() / 2];
        int n = 0;
        int high = -1;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (Character.isWhitespace(c) || c == '_' || c == '|') {
                continue;
            }
            int digit = Character.digit(c, 16);
            if (digit < 0) {
                throw new IllegalArgumentException("not a hex digit at index " + i + ": '" + c + "'");
            }
            if (high < 0) {
                high = digit;
            } else {
                out[n++] = (byte) (high << 4 | digit);
                high = -1;
            }
        }
        if (high >= 0) {
            throw new IllegalArgumentException("odd number of hex digits");
        }
        return Arrays.copyOf(out, n);
    }

    /** Plain lowercase hex without separators. */
    public static String toHex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            appendHex(sb, b & 0xff, 2);
        }
        return sb.toString();
    }

    private static String describe(byte[] bytes, int at) {
        if (at >= bytes.length) {
            return "end of data";
        }
        StringBuilder sb = new StringBuilder("0x");
        appendHex(sb, bytes[at] & 0xff, 2);
        return sb.toString();
    }

    private static void appendHex(StringBuilder sb, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(value >>> shift) & 0xf]);
        }
    }
}
