package dev.tusk.types.codec;

import dev.tusk.types.ByteSink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.PgTypeException;

/** {@code "char"}: a single byte; accepts Byte, Character (below 256) and one-character Strings. */
public final class CharCodec extends BaseCodec<Byte> {
    /** The shared instance. */
    public static final CharCodec INSTANCE = new CharCodec();

    private CharCodec() {
        super("\"char\"", Byte.class);
    }

    @Override
    public Byte coerce(Object value) {
        if (value instanceof Byte b) {
            return b;
        }
        if (value instanceof Character c && c < 256) {
            return (byte) c.charValue();
        }
        if (value instanceof CharSequence cs && cs.length() <= 1) {
            if (cs.length() == 0) {
                return 0;
            }
            char c = cs.charAt(0);
            if (c < 128) {
                return (byte) c;
            }
        }
        throw PgTypeException.cannotEncode(value, sqlName);
    }

    @Override
    public void encodeText(Byte value, FormatSettings s, ByteSink out) {
        int b = value & 0xFF;
        if (b == 0) {
            return;
        }
        if (b >= 128) {
            out.writeByte('\\');
            out.writeByte('0' + (b >> 6));
            out.writeByte('0' + ((b >> 3) & 7));
            out.writeByte('0' + (b & 7));
        } else {
            out.writeByte(b);
        }
    }

    @Override
    public void encodeBinary(Byte value, FormatSettings s, ByteSink out) {
        out.writeByte(value);
    }

    @Override
    public Byte decodeText(byte[] buf, int off, int len, FormatSettings s) {
        if (len == 4 && buf[off] == '\\' && isOctal(buf[off + 1]) && isOctal(buf[off + 2]) && isOctal(buf[off + 3])) {
            return (byte) (((buf[off + 1] - '0') << 6) | ((buf[off + 2] - '0') << 3) | (buf[off + 3] - '0'));
        }
        return len == 0 ? 0 : buf[off];
    }

    private static boolean isOctal(byte b) {
        return b >= '0' && b <= '7';
    }

    @Override
    public Byte decodeBinary(byte[] buf, int off, int len, FormatSettings s) {
        // charrecv takes the first byte of whatever it is sent
        return len == 0 ? 0 : buf[off];
    }
}
