package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.ByteaOutput;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;
import java.io.ByteArrayOutputStream;

/** {@code bytea}: text in hex or escape format per {@code bytea_output}, binary as raw bytes. */
public final class ByteaCodec extends BaseCodec<byte[]> {
    /** The shared instance. */
    public static final ByteaCodec INSTANCE = new ByteaCodec();

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private ByteaCodec() {
        super("bytea", byte[].class);
    }

    @Override
    public void encodeText(byte[] value, FormatSettings s, ByteSink out) {
        if (s.byteaOutput() == ByteaOutput.HEX) {
            out.writeByte('\\');
            out.writeByte('x');
            for (byte b : value) {
                out.writeByte(HEX[(b >> 4) & 0xF]);
                out.writeByte(HEX[b & 0xF]);
            }
            return;
        }
        for (byte b : value) {
            int c = b & 0xFF;
            if (c == '\\') {
                out.writeByte('\\');
                out.writeByte('\\');
            } else if (c < 0x20 || c > 0x7e) {
                out.writeByte('\\');
                out.writeByte('0' + (c >> 6));
                out.writeByte('0' + ((c >> 3) & 7));
                out.writeByte('0' + (c & 7));
            } else {
                out.writeByte(c);
            }
        }
    }

    @Override
    public void encodeBinary(byte[] value, FormatSettings s, ByteSink out) {
        out.writeBytes(value, 0, value.length);
    }

    @Override
    public byte[] decodeText(byte[] buf, int off, int len, FormatSettings s) {
        if (len >= 2 && buf[off] == '\\' && buf[off + 1] == 'x') {
            return decodeHex(buf, off + 2, off + len);
        }
        ByteArrayOutputStream o = new ByteArrayOutputStream(len);
        int end = off + len;
        int i = off;
        while (i < end) {
            int c = buf[i] & 0xFF;
            if (c != '\\') {
                o.write(c);
                i++;
            } else if (i + 1 < end && buf[i + 1] == '\\') {
                o.write('\\');
                i += 2;
            } else if (i + 3 < end
                    && buf[i + 1] >= '0'
                    && buf[i + 1] <= '3'
                    && buf[i + 2] >= '0'
                    && buf[i + 2] <= '7'
                    && buf[i + 3] >= '0'
                    && buf[i + 3] <= '7') {
                o.write(((buf[i + 1] - '0') << 6) | ((buf[i + 2] - '0') << 3) | (buf[i + 3] - '0'));
                i += 4;
            } else {
                throw new PgTypeException(
                        PgTypeException.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type bytea");
            }
        }
        return o.toByteArray();
    }

    private static byte[] decodeHex(byte[] buf, int i, int end) {
        ByteArrayOutputStream o = new ByteArrayOutputStream((end - i) / 2);
        while (i < end) {
            int c = buf[i] & 0xFF;
            if (isSpace((char) c)) {
                i++;
                continue;
            }
            int hi = hexValue(buf, i);
            i++;
            if (i >= end) {
                throw new PgTypeException(
                        PgTypeException.INVALID_PARAMETER_VALUE, "invalid hexadecimal data: odd number of digits");
            }
            int lo = hexValue(buf, i);
            i++;
            o.write((hi << 4) | lo);
        }
        return o.toByteArray();
    }

    private static int hexValue(byte[] buf, int i) {
        int c = buf[i] & 0xFF;
        int v = Character.digit(c, 16);
        if (v < 0 || c >= 128) {
            String shown = c < 128 ? String.valueOf((char) c) : utf8(buf, i, utf8Length(buf, i));
            throw new PgTypeException(
                    PgTypeException.INVALID_PARAMETER_VALUE, "invalid hexadecimal digit: \"" + shown + "\"");
        }
        return v;
    }

    private static int utf8Length(byte[] buf, int i) {
        int c = buf[i] & 0xFF;
        int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return Math.min(n, buf.length - i);
    }

    @Override
    public byte[] decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        return java.util.Arrays.copyOfRange(buf, off, off + len);
    }
}
